import os

import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return JSONResponse(
        content=body, status_code=status.HTTP_429_TOO_MANY_REQUESTS, headers=headers
    )


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
