from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/users/{user_id}/posts/{post_id}")
async def endpoint(request):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return web.json_response(body)
