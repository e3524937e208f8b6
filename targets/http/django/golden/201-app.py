import os
import sys
from http import HTTPStatus

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "change-me"),
)


@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_POST
def endpoint(request):
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return JsonResponse(body, status=HTTPStatus.CREATED, headers=headers)


urlpatterns = [path("endpoint", endpoint)]

if __name__ == "__main__":
    address = "127.0.0.1:" + os.environ.get("PORT", "8000")
    execute_from_command_line([sys.argv[0], "runserver", address, "--noreload"])
