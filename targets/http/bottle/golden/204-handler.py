from bottle import Bottle, HTTPResponse

app = Bottle()


@app.delete("/endpoint")
def endpoint():
    return HTTPResponse(status=204)
