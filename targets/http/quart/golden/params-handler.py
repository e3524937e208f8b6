from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


@app.get("/users/<user_id>/posts/<post_id>")
async def endpoint(user_id, post_id):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body
