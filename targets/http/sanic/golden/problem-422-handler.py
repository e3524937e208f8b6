from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.post("/endpoint")
async def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.path,
    }
    return json(
        problem,
        status=HTTPStatus.UNPROCESSABLE_ENTITY,
        content_type="application/problem+json",
    )
