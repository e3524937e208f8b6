from litestar import Response, delete
from litestar.status_codes import HTTP_405_METHOD_NOT_ALLOWED


# Litestar answers the other methods of this path with 405 and Allow by itself.
@delete("/endpoint", status_code=HTTP_405_METHOD_NOT_ALLOWED)
async def endpoint() -> Response:
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return Response(body, headers=headers)
