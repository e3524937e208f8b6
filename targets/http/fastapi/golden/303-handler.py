from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/endpoint")
def endpoint():
    return RedirectResponse("/endpoint/abc-123", status_code=status.HTTP_303_SEE_OTHER)
