import os

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/endpoint")
async def endpoint(request):
    # text="": aiohttp would otherwise send "303: See Other" as a text/plain body
    raise web.HTTPSeeOther("/endpoint/abc-123", text="")


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
