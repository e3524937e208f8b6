import os

import uvicorn
from starlette import status
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return JSONResponse(body, status_code=status.HTTP_418_IM_A_TEAPOT)


routes = [Route("/endpoint", endpoint)]
app = Starlette(routes=routes)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
