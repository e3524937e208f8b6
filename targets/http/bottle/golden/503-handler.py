from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return HTTPResponse(body, status=503, headers=headers)
