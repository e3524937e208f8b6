from fastapi import FastAPI, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    return RedirectResponse(
        "https://example.com/new-endpoint",
        status_code=status.HTTP_301_MOVED_PERMANENTLY,
    )
