import os

import uvicorn
from litestar import Litestar, Response, get
from litestar.status_codes import HTTP_503_SERVICE_UNAVAILABLE


@get("/endpoint", status_code=HTTP_503_SERVICE_UNAVAILABLE)
async def endpoint() -> Response:
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return Response(body, headers=headers)


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
