from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/endpoint")
async def endpoint(request):
    # text="": aiohttp would otherwise send "303: See Other" as a text/plain body
    raise web.HTTPSeeOther("/endpoint/abc-123", text="")
