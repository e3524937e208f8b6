import os
from typing import Any

import uvicorn
from litestar import Litestar, get
from litestar.status_codes import HTTP_418_IM_A_TEAPOT


@get("/endpoint", status_code=HTTP_418_IM_A_TEAPOT)
async def endpoint() -> dict[str, Any]:
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return body


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
