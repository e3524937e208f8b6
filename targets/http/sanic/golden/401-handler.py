from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/endpoint")
async def endpoint(request):
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return json(body, status=HTTPStatus.UNAUTHORIZED, headers=headers)
