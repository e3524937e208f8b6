from typing import Any

from litestar import get
from litestar.status_codes import HTTP_404_NOT_FOUND


@get("/endpoint", status_code=HTTP_404_NOT_FOUND)
async def endpoint() -> dict[str, Any]:
    body = {"error": "not_found", "message": "Not Found"}
    return body
