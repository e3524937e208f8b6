import os

import uvicorn
from starlette import status
from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route


async def endpoint(request):
    return RedirectResponse(
        "https://example.com/new-endpoint",
        status_code=status.HTTP_307_TEMPORARY_REDIRECT,
    )


routes = [Route("/endpoint", endpoint)]
app = Starlette(routes=routes)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
