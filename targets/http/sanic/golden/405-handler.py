from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


# Sanic answers the other methods of this path with 405 and Allow by itself.
@bp.delete("/endpoint")
async def endpoint(request):
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return json(body, status=HTTPStatus.METHOD_NOT_ALLOWED, headers=headers)
