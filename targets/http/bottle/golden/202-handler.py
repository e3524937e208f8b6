from bottle import Bottle, HTTPResponse

app = Bottle()


@app.post("/endpoint")
def endpoint():
    body = {"status": "accepted", "task_id": "abc-123"}
    return HTTPResponse(body, status=202)
