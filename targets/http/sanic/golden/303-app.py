import os
from http import HTTPStatus

from sanic import Sanic
from sanic.response import redirect

app = Sanic("App")


@app.post("/endpoint")
async def endpoint(request):
    return redirect("/endpoint/abc-123", status=HTTPStatus.SEE_OTHER)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
