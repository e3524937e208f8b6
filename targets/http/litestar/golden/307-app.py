import os

import uvicorn
from litestar import Litestar, get
from litestar.response import Redirect
from litestar.status_codes import HTTP_307_TEMPORARY_REDIRECT


@get("/endpoint")
async def endpoint() -> Redirect:
    return Redirect(
        path="https://example.com/new-endpoint", status_code=HTTP_307_TEMPORARY_REDIRECT
    )


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
