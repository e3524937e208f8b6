from starlette.responses import JSONResponse
from starlette.routing import Route


async def endpoint(request):
    body = {
        "message": "\"quoted\" 'string' \\ back\\slash",
        "js": "${process.env.HOME}",
        "ruby": "#{system('id')} #@x",
        "shell": "$x $(id) `id`",
        "comment": '*/ -- ?> """',
        "lines": "one\ntwo\r\n\tthree\u2028four",
        "unicode": "café 😀 漢字",
        "nested": {"list": [1, 2.5, -3e-7, True, False, None], "": "empty key"},
    }
    return JSONResponse(body)


routes = [Route("/endpoint", endpoint)]
