import os

import uvicorn
from starlette import status
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return JSONResponse(
        body, status_code=status.HTTP_405_METHOD_NOT_ALLOWED, headers=headers
    )


# Starlette's router answers the other methods of this path with 405 and Allow by itself.
routes = [Route("/endpoint", endpoint, methods=["DELETE"])]
app = Starlette(routes=routes)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
