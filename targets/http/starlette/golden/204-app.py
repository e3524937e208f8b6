import os

import uvicorn
from starlette import status
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route


async def endpoint(request):
    return Response(status_code=status.HTTP_204_NO_CONTENT)


routes = [Route("/endpoint", endpoint, methods=["DELETE"])]
app = Starlette(routes=routes)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
