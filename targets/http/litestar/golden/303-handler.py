from litestar import post
from litestar.response import Redirect
from litestar.status_codes import HTTP_303_SEE_OTHER


@post("/endpoint")
async def endpoint() -> Redirect:
    return Redirect(path="/endpoint/abc-123", status_code=HTTP_303_SEE_OTHER)
