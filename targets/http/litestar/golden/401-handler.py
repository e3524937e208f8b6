from litestar import Response, get
from litestar.status_codes import HTTP_401_UNAUTHORIZED


@get("/endpoint", status_code=HTTP_401_UNAUTHORIZED)
async def endpoint() -> Response:
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return Response(body, headers=headers)
