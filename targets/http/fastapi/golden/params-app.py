import os

import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/users/{user_id}/posts/{post_id}")
def endpoint(user_id: str, post_id: str):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return body


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
