from bottle import Bottle

app = Bottle()


@app.get("/users/<user_id>/posts/<post_id>")
def endpoint(user_id, post_id):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body
