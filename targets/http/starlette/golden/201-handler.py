from starlette import status
from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return JSONResponse(body, status_code=status.HTTP_201_CREATED, headers=headers)


routes = [Route("/endpoint", endpoint, methods=["POST"])]
