import os

import uvicorn
from starlette import status
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.url.path,
    }
    return JSONResponse(
        problem,
        status_code=status.HTTP_404_NOT_FOUND,
        media_type="application/problem+json",
    )


routes = [Route("/items/{item_id}", endpoint)]
app = Starlette(routes=routes)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
