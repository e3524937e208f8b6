from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.post("/endpoint")
async def endpoint(request):
    body = {"status": "accepted", "task_id": "abc-123"}
    return json(body, status=HTTPStatus.ACCEPTED)
