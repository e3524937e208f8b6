from http import HTTPStatus

from sanic import Blueprint
from sanic.response import redirect

bp = Blueprint("api")


@bp.post("/endpoint")
async def endpoint(request):
    return redirect("/endpoint/abc-123", status=HTTPStatus.SEE_OTHER)
