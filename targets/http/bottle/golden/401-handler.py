from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return HTTPResponse(body, status=401, headers=headers)
