import os
from http import HTTPStatus

from quart import Quart, request

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.post("/endpoint")
async def endpoint():
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.path,
    }
    headers = {"Content-Type": "application/problem+json"}
    return problem, HTTPStatus.UNPROCESSABLE_ENTITY, headers


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
