import json
import os

from bottle import Bottle, HTTPResponse, request

app = Bottle()


@app.post("/endpoint")
def endpoint():
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.path,
    }
    headers = {"Content-Type": "application/problem+json"}
    # json.dumps: the JSON plugin would send a dict as application/json
    return HTTPResponse(json.dumps(problem), status=422, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
