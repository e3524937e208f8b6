from http import HTTPStatus

from quart import Quart

app = Quart(__name__)
app.json.sort_keys = False  # keep the body's keys in the order written


# Quart answers the methods no route of this URL accepts with 405 and Allow by itself.
@app.delete("/endpoint")
async def endpoint():
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return body, HTTPStatus.METHOD_NOT_ALLOWED, headers
