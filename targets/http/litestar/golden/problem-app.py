import os

import uvicorn
from litestar import Litestar, Request, Response, get
from litestar.status_codes import HTTP_404_NOT_FOUND


@get("/items/{item_id:str}", status_code=HTTP_404_NOT_FOUND)
async def endpoint(item_id: str, request: Request) -> Response:
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.url.path,
    }
    return Response(problem, media_type="application/problem+json")


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
