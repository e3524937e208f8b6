import os

import uvicorn
from litestar import Litestar, Response, get
from litestar.status_codes import HTTP_429_TOO_MANY_REQUESTS


@get("/endpoint", status_code=HTTP_429_TOO_MANY_REQUESTS)
async def endpoint() -> Response:
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return Response(body, headers=headers)


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
