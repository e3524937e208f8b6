from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return web.json_response(body, status=HTTPStatus.UNAUTHORIZED, headers=headers)
