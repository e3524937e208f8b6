from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return HTTPResponse(body, status=418)
