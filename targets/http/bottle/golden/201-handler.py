from bottle import Bottle, HTTPResponse

app = Bottle()


@app.post("/endpoint")
def endpoint():
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return HTTPResponse(body, status=201, headers=headers)
