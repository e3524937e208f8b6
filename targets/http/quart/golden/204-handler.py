from http import HTTPStatus

from quart import Quart

app = Quart(__name__)


@app.delete("/endpoint")
async def endpoint():
    return "", HTTPStatus.NO_CONTENT
