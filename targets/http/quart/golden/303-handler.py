from http import HTTPStatus

from quart import Quart, redirect

app = Quart(__name__)


@app.post("/endpoint")
async def endpoint():
    return redirect("/endpoint/abc-123", code=HTTPStatus.SEE_OTHER)
