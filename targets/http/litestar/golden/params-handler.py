from typing import Any

from litestar import get


@get("/users/{user_id:str}/posts/{post_id:str}")
async def endpoint(user_id: str, post_id: str) -> dict[str, Any]:
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body
