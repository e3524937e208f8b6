import os
from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    body = {"error": "not_found", "message": "Not Found"}
    return web.json_response(body, status=HTTPStatus.NOT_FOUND)


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
