import os
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.urls import path

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["localhost", "127.0.0.1"],
    ROOT_URLCONF=__name__,
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "change-me"),
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "rest_framework",
    ],
    # JSON only: the browsable API's HTML pages need Django's template settings too
    REST_FRAMEWORK={
        "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    },
)

# REST framework reads the settings when it is imported: after settings.configure()
from rest_framework import status  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.response import Response  # noqa: E402


@api_view(["GET"])
def endpoint(request):
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return Response(body, status=status.HTTP_418_IM_A_TEAPOT)


urlpatterns = [path("endpoint", endpoint)]

if __name__ == "__main__":
    address = "127.0.0.1:" + os.environ.get("PORT", "8000")
    execute_from_command_line([sys.argv[0], "runserver", address, "--noreload"])
