from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.post("/endpoint")
async def endpoint():
    body = {"status": "accepted", "task_id": "abc-123"}
    return body, HTTPStatus.ACCEPTED
