import os

import uvicorn
from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/items/{item_id}")
def endpoint(item_id: str, request: Request):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.url.path,
    }
    return JSONResponse(
        content=problem,
        status_code=status.HTTP_404_NOT_FOUND,
        media_type="application/problem+json",
    )


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
