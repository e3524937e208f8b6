from bottle import Bottle, HTTPResponse

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return HTTPResponse(body, status=429, headers=headers)
