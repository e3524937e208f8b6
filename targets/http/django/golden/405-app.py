import json
import os
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponseNotAllowed
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "change-me"),
)


# Django's require_* decorators answer other methods with 405 and Allow by themselves.
@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_http_methods(["DELETE"])
def endpoint(request):
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    return HttpResponseNotAllowed(
        ["GET", "HEAD"], content=json.dumps(body), content_type="application/json"
    )


urlpatterns = [path("endpoint", endpoint)]

if __name__ == "__main__":
    address = "127.0.0.1:" + os.environ.get("PORT", "8000")
    execute_from_command_line([sys.argv[0], "runserver", address, "--noreload"])
