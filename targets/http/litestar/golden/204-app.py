import os

import uvicorn
from litestar import Litestar, delete
from litestar.status_codes import HTTP_204_NO_CONTENT


@delete("/endpoint", status_code=HTTP_204_NO_CONTENT)
async def endpoint() -> None:
    return None


app = Litestar([endpoint])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
