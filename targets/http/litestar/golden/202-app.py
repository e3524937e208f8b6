import os
from typing import Any

import uvicorn
from litestar import Litestar, post
from litestar.status_codes import HTTP_202_ACCEPTED


@post("/endpoint", status_code=HTTP_202_ACCEPTED)
async def endpoint() -> dict[str, Any]:
    body = {"status": "accepted", "task_id": "abc-123"}
    return body


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
