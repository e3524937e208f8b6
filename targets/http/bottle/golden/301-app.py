import os

from bottle import Bottle, redirect

app = Bottle()


@app.get("/endpoint")
def endpoint():
    redirect("https://example.com/new-endpoint", code=301)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8080")))
