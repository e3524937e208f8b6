from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/endpoint")
async def endpoint(request):
    body = {"error": "not_found", "message": "Not Found"}
    return json(body, status=HTTPStatus.NOT_FOUND)
