from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return JSONResponse(body, status_code=status.HTTP_418_IM_A_TEAPOT)


routes = [Route("/endpoint", endpoint)]
