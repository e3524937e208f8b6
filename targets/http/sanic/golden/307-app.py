import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import redirect

app = Sanic("App")


@app.get("/endpoint")
async def endpoint(request):
    return redirect(
        "https://example.com/new-endpoint", status=HTTPStatus.TEMPORARY_REDIRECT
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
