from starlette import status
from starlette.responses import RedirectResponse
from starlette.routing import Route


async def endpoint(request):
    return RedirectResponse(
        "https://example.com/new-endpoint",
        status_code=status.HTTP_301_MOVED_PERMANENTLY,
    )


routes = [Route("/endpoint", endpoint)]
