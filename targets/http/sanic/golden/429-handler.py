from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/endpoint")
async def endpoint(request):
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return json(body, status=HTTPStatus.TOO_MANY_REQUESTS, headers=headers)
