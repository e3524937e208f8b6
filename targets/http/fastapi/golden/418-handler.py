from fastapi import FastAPI, status
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/endpoint")
def endpoint():
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return JSONResponse(content=body, status_code=status.HTTP_418_IM_A_TEAPOT)
