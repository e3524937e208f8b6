from fastapi import FastAPI, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return JSONResponse(
        content=body, status_code=status.HTTP_401_UNAUTHORIZED, headers=headers
    )
