from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


# aiohttp's router answers the other methods of this path with 405 and Allow by itself.
@routes.delete("/endpoint")
async def endpoint(request):
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return web.json_response(
        body, status=HTTPStatus.METHOD_NOT_ALLOWED, headers=headers
    )
