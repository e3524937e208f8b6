import os
from typing import Any

import uvicorn
from litestar import Litestar, get


@get("/endpoint")
async def endpoint() -> dict[str, Any]:
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
