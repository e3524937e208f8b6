from typing import Any

from litestar import get
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR


@get("/endpoint", status_code=HTTP_500_INTERNAL_SERVER_ERROR)
async def endpoint() -> dict[str, Any]:
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return body
