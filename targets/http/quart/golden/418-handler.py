from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/endpoint")
async def endpoint():
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return body, HTTPStatus.IM_A_TEAPOT
