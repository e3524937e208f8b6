from http import HTTPStatus

from quart import Quart, request

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/items/<item_id>")
async def endpoint(item_id):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.path,
    }
    headers = {"Content-Type": "application/problem+json"}
    return problem, HTTPStatus.NOT_FOUND, headers
