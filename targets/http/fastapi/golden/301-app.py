import os

import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    return RedirectResponse(
        "https://example.com/new-endpoint",
        status_code=status.HTTP_301_MOVED_PERMANENTLY,
    )


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
