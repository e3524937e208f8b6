from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return web.json_response(body)
