from starlette import status
from starlette.responses import Response
from starlette.routing import Route


async def endpoint(request):
    return Response(status_code=status.HTTP_204_NO_CONTENT)


routes = [Route("/endpoint", endpoint, methods=["DELETE"])]
