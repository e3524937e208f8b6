import json

from django.http import HttpResponseNotAllowed
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods


# urls.py: path("endpoint", views.endpoint)
# Django's require_* decorators answer other methods with 405 and Allow by themselves.
@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_http_methods(["DELETE"])
def endpoint(request):
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    return HttpResponseNotAllowed(
        ["GET", "HEAD"], content=json.dumps(body), content_type="application/json"
    )
