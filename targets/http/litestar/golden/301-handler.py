from litestar import get
from litestar.response import Redirect
from litestar.status_codes import HTTP_301_MOVED_PERMANENTLY


@get("/endpoint")
async def endpoint() -> Redirect:
    return Redirect(
        path="https://example.com/new-endpoint", status_code=HTTP_301_MOVED_PERMANENTLY
    )
