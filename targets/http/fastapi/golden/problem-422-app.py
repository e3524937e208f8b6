import os

import uvicorn
from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/endpoint")
def endpoint(request: Request):
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.url.path,
    }
    return JSONResponse(
        content=problem,
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        media_type="application/problem+json",
    )


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
