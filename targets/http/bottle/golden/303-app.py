import os

from bottle import Bottle, HTTPResponse

app = Bottle()


@app.post("/endpoint")
def endpoint():
    # redirect() would rewrite this URL (urljoin with the request's URL): it is set as given
    headers = {"Location": "/endpoint/abc-123"}
    return HTTPResponse(status=303, headers=headers)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
