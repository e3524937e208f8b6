from http import HTTPStatus

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/endpoint")
async def endpoint(request):
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return web.json_response(body, status=HTTPStatus.CREATED, headers=headers)
