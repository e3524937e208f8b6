import os
from typing import Any

import uvicorn
from litestar import Litestar, get
from litestar.status_codes import HTTP_404_NOT_FOUND


@get("/endpoint", status_code=HTTP_404_NOT_FOUND)
async def endpoint() -> dict[str, Any]:
    body = {"error": "not_found", "message": "Not Found"}
    return body


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
