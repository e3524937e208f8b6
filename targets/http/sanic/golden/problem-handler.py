from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/items/<item_id>")
async def endpoint(request, item_id):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.path,
    }
    return json(
        problem, status=HTTPStatus.NOT_FOUND, content_type="application/problem+json"
    )
