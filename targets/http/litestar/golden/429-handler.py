from litestar import Response, get
from litestar.status_codes import HTTP_429_TOO_MANY_REQUESTS


@get("/endpoint", status_code=HTTP_429_TOO_MANY_REQUESTS)
async def endpoint() -> Response:
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return Response(body, headers=headers)
