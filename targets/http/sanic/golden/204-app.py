import os

from sanic import Sanic
from sanic.response import empty

app = Sanic("App")


@app.delete("/endpoint")
async def endpoint(request):
    return empty()


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
