import os

import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.delete("/endpoint")
def endpoint():
    return Response(status_code=status.HTTP_204_NO_CONTENT)


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
