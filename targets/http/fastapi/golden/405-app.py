import os

import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse

app = FastAPI()


# FastAPI (Starlette's router) answers other methods of this path with 405 and Allow.
@app.delete("/endpoint")
def endpoint():
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return JSONResponse(
        content=body, status_code=status.HTTP_405_METHOD_NOT_ALLOWED, headers=headers
    )


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
