import os

import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    body = {
        "location": "https://example.com/new-endpoint",
        "message": "This resource has moved permanently.",
    }
    headers = {"Location": "https://example.com/new-endpoint"}
    return JSONResponse(
        content=body,
        status_code=status.HTTP_301_MOVED_PERMANENTLY,
        headers=headers,
    )


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
