from http import HTTPStatus

from quart import Quart, redirect

app = Quart(__name__)


@app.get("/endpoint")
async def endpoint():
    return redirect(
        "https://example.com/new-endpoint", code=HTTPStatus.MOVED_PERMANENTLY
    )
