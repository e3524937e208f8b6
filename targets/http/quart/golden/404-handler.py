from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
async def endpoint():
    body = {"error": "not_found", "message": "Not Found"}
    return body, HTTPStatus.NOT_FOUND
