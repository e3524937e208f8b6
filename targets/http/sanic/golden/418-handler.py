from http import HTTPStatus

from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/endpoint")
async def endpoint(request):
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return json(body, status=HTTPStatus.IM_A_TEAPOT)
