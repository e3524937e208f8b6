import os
from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/endpoint")
async def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.path,
    }
    return web.json_response(
        problem,
        status=HTTPStatus.UNPROCESSABLE_ENTITY,
        content_type="application/problem+json",
    )


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
