from litestar import Response, get
from litestar.status_codes import HTTP_503_SERVICE_UNAVAILABLE


@get("/endpoint", status_code=HTTP_503_SERVICE_UNAVAILABLE)
async def endpoint() -> Response:
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return Response(body, headers=headers)
