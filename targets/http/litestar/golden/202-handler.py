from typing import Any

from litestar import post
from litestar.status_codes import HTTP_202_ACCEPTED


@post("/endpoint", status_code=HTTP_202_ACCEPTED)
async def endpoint() -> dict[str, Any]:
    body = {"status": "accepted", "task_id": "abc-123"}
    return body
