from typing import Any

from litestar import get


@get("/endpoint")
async def endpoint() -> dict[str, Any]:
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body
