import os

import uvicorn
from litestar import Litestar, post
from litestar.response import Redirect
from litestar.status_codes import HTTP_303_SEE_OTHER


@post("/endpoint")
async def endpoint() -> Redirect:
    return Redirect(path="/endpoint/abc-123", status_code=HTTP_303_SEE_OTHER)


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
