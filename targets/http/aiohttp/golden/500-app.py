import os
from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return web.json_response(body, status=HTTPStatus.INTERNAL_SERVER_ERROR)


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
