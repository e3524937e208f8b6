from litestar import Request, Response, post
from litestar.status_codes import HTTP_422_UNPROCESSABLE_ENTITY


@post("/endpoint", status_code=HTTP_422_UNPROCESSABLE_ENTITY)
async def endpoint(request: Request) -> Response:
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.url.path,
    }
    return Response(problem, media_type="application/problem+json")
