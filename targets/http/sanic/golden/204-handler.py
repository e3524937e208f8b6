from sanic import Blueprint
from sanic.response import empty

bp = Blueprint("api")


@bp.delete("/endpoint")
async def endpoint(request):
    return empty()
