import os

from bottle import Bottle, HTTPResponse

app = Bottle()


@app.delete("/endpoint")
def endpoint():
    return HTTPResponse(status=204)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
