import os

import uvicorn
from starlette import status
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return JSONResponse(body, status_code=status.HTTP_401_UNAUTHORIZED, headers=headers)


routes = [Route("/endpoint", endpoint)]
app = Starlette(routes=routes)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
