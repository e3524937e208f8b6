from fastapi import FastAPI, status

app = FastAPI()


@app.post("/endpoint", status_code=status.HTTP_202_ACCEPTED)
def endpoint():
    body = {"status": "accepted", "task_id": "abc-123"}
    return body
