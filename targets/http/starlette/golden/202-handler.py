from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {"status": "accepted", "task_id": "abc-123"}
    return JSONResponse(body, status_code=status.HTTP_202_ACCEPTED)


routes = [Route("/endpoint", endpoint, methods=["POST"])]
