from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return JSONResponse(body, status_code=status.HTTP_401_UNAUTHORIZED, headers=headers)


routes = [Route("/endpoint", endpoint)]
