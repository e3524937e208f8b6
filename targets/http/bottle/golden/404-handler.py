from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "not_found", "message": "Not Found"}
    return HTTPResponse(body, status=404)
