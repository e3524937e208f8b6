from fastapi import FastAPI

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body
