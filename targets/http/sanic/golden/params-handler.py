from sanic import Blueprint
from sanic.response import json

bp = Blueprint("api")


@bp.get("/users/<user_id>/posts/<post_id>")
async def endpoint(request, user_id, post_id):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return json(body)
