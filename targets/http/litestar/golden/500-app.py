import os
from typing import Any

import uvicorn
from litestar import Litestar, get
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR


@get("/endpoint", status_code=HTTP_500_INTERNAL_SERVER_ERROR)
async def endpoint() -> dict[str, Any]:
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return body


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
