from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return web.json_response(body, status=HTTPStatus.INTERNAL_SERVER_ERROR)
