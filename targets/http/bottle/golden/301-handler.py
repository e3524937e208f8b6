from bottle import Bottle, redirect

app = Bottle()


@app.get("/endpoint")
def endpoint():
    redirect("https://example.com/new-endpoint", code=301)
