from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
async def endpoint():
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return body, HTTPStatus.UNAUTHORIZED, headers
