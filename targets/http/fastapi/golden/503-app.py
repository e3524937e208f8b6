import os

import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return JSONResponse(
        content=body, status_code=status.HTTP_503_SERVICE_UNAVAILABLE, headers=headers
    )


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
