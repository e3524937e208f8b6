from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/endpoint")
async def endpoint(request):
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return json(body, status=HTTPStatus.SERVICE_UNAVAILABLE, headers=headers)
