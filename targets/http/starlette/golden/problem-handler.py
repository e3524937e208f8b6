from starlette import status
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
