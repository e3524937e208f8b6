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
