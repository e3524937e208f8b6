from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.post("/endpoint")
async def endpoint(request):
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return json(body, status=HTTPStatus.CREATED, headers=headers)
