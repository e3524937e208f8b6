from litestar import Response, post
from litestar.status_codes import HTTP_201_CREATED


@post("/endpoint", status_code=HTTP_201_CREATED)
async def endpoint() -> Response:
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return Response(body, headers=headers)
