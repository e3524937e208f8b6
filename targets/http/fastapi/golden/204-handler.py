from fastapi import FastAPI, Response, status

app = FastAPI()


@app.delete("/endpoint")
def endpoint():
    return Response(status_code=status.HTTP_204_NO_CONTENT)
