import os

from bottle import Bottle, HTTPResponse

app = Bottle()


# Bottle answers the methods no route of this URL accepts with 405 and Allow by itself.
@app.delete("/endpoint")
def endpoint():
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return HTTPResponse(body, status=405, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
