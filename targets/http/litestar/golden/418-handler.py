from typing import Any

from litestar import get
from litestar.status_codes import HTTP_418_IM_A_TEAPOT


@get("/endpoint", status_code=HTTP_418_IM_A_TEAPOT)
async def endpoint() -> dict[str, Any]:
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return body
