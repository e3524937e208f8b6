import os

import uvicorn
from litestar import Litestar, Response, get
from litestar.status_codes import HTTP_401_UNAUTHORIZED


@get("/endpoint", status_code=HTTP_401_UNAUTHORIZED)
async def endpoint() -> Response:
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return Response(body, headers=headers)


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
