from fastapi import FastAPI, Response, status

app = FastAPI()


@app.post("/endpoint", status_code=status.HTTP_201_CREATED)
def endpoint(response: Response):
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    response.headers["Location"] = "/endpoint/abc-123"
    return body
