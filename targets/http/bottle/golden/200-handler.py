from bottle import Bottle

app = Bottle()


@app.get("/endpoint")
def endpoint():
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body
