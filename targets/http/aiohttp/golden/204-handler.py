from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.delete("/endpoint")
async def endpoint(request):
    return web.Response(status=HTTPStatus.NO_CONTENT)
