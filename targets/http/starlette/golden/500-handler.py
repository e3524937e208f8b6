from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return JSONResponse(body, status_code=status.HTTP_500_INTERNAL_SERVER_ERROR)


routes = [Route("/endpoint", endpoint)]
