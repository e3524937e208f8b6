from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/endpoint")
async def endpoint(request):
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return web.json_response(
        body, status=HTTPStatus.SERVICE_UNAVAILABLE, headers=headers
    )
