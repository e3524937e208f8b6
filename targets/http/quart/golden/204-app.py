import os
from http import HTTPStatus

from quart import Quart

app = Quart(__name__)


@app.delete("/endpoint")
async def endpoint():
    return "", HTTPStatus.NO_CONTENT


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
