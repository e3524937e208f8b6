import os
from http import HTTPStatus

from quart import Quart, redirect

app = Quart(__name__)


@app.get("/endpoint")
async def endpoint():
    return redirect(
        "https://example.com/new-endpoint", code=HTTPStatus.TEMPORARY_REDIRECT
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
