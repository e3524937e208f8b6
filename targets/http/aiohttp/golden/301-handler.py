from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    # text="": aiohttp would otherwise send "301: Moved Permanently" as a text/plain body
    raise web.HTTPMovedPermanently("https://example.com/new-endpoint", text="")
