import json

from bottle import Bottle, HTTPResponse, request

app = Bottle()


@app.get("/items/<item_id>")
def endpoint(item_id):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.path,
    }
    headers = {"Content-Type": "application/problem+json"}
    # json.dumps: the JSON plugin would send a dict as application/json
    return HTTPResponse(json.dumps(problem), status=404, headers=headers)
