from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return JSONResponse(body)


routes = [Route("/users/{user_id}/posts/{post_id}", endpoint)]
