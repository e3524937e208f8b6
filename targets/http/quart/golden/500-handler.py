from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
async def endpoint():
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return body, HTTPStatus.INTERNAL_SERVER_ERROR
