from http import HTTPStatus

from sanic import Blueprint
from sanic.response import redirect

bp = Blueprint("api")


@bp.get("/endpoint")
async def endpoint(request):
    return redirect(
        "https://example.com/new-endpoint", status=HTTPStatus.MOVED_PERMANENTLY
    )
