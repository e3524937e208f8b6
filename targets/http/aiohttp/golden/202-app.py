import os
from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/endpoint")
async def endpoint(request):
    body = {"status": "accepted", "task_id": "abc-123"}
    return web.json_response(body, status=HTTPStatus.ACCEPTED)


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
