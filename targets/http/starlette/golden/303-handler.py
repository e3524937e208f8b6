from starlette import status
from starlette.responses import RedirectResponse
from starlette.routing import Route


async def endpoint(request):
    return RedirectResponse("/endpoint/abc-123", status_code=status.HTTP_303_SEE_OTHER)


routes = [Route("/endpoint", endpoint, methods=["POST"])]
