import os

import uvicorn
from fastapi import FastAPI, status

app = FastAPI()


@app.post("/endpoint", status_code=status.HTTP_202_ACCEPTED)
def endpoint():
    body = {"status": "accepted", "task_id": "abc-123"}
    return body


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
