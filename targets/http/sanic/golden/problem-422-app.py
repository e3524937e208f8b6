import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import json

app = Sanic("App")


@app.post("/endpoint")
async def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.path,
    }
    return json(
        problem,
        status=HTTPStatus.UNPROCESSABLE_ENTITY,
        content_type="application/problem+json",
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
