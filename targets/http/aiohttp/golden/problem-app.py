import os
from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/items/{item_id}")
async def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.path,
    }
    return web.json_response(
        problem, status=HTTPStatus.NOT_FOUND, content_type="application/problem+json"
    )


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
