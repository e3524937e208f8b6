from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return HTTPResponse(body, status=500)
