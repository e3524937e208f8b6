from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return web.json_response(body, status=HTTPStatus.IM_A_TEAPOT)
