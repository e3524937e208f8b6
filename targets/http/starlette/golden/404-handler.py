from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "not_found", "message": "Not Found"}
    return JSONResponse(body, status_code=status.HTTP_404_NOT_FOUND)


routes = [Route("/endpoint", endpoint)]
