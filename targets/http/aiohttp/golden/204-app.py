import os
from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.delete("/endpoint")
async def endpoint(request):
    return web.Response(status=HTTPStatus.NO_CONTENT)


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
