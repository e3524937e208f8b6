import os

import uvicorn
from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/endpoint")
def endpoint():
    return RedirectResponse("/endpoint/abc-123", status_code=status.HTTP_303_SEE_OTHER)


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
