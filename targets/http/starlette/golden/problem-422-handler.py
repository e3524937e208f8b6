from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.url.path,
    }
    return JSONResponse(
        problem,
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        media_type="application/problem+json",
    )


routes = [Route("/endpoint", endpoint, methods=["POST"])]
