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
