from litestar import delete
from litestar.status_codes import HTTP_204_NO_CONTENT


@delete("/endpoint", status_code=HTTP_204_NO_CONTENT)
async def endpoint() -> None:
    return None
