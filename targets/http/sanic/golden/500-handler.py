from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/endpoint")
async def endpoint(request):
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return json(body, status=HTTPStatus.INTERNAL_SERVER_ERROR)
