from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return JSONResponse(
        body, status_code=status.HTTP_503_SERVICE_UNAVAILABLE, headers=headers
    )


routes = [Route("/endpoint", endpoint)]
