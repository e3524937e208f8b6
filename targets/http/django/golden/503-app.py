import os
import sys
from http import HTTPStatus

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_GET

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "change-me"),
)


@require_GET
def endpoint(request):
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return JsonResponse(body, status=HTTPStatus.SERVICE_UNAVAILABLE, headers=headers)


urlpatterns = [path("endpoint", endpoint)]

if __name__ == "__main__":
    address = "127.0.0.1:" + os.environ.get("PORT", "8000")
    execute_from_command_line([sys.argv[0], "runserver", address, "--noreload"])
