from litestar import Request, Response, get
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
