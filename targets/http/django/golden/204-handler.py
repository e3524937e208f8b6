from http import HTTPStatus

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET"])
def endpoint(request):
    response = HttpResponse(
        status=HTTPStatus.NO_CONTENT,
    )
    del response["Content-Type"]  # no body, so no content type
    return response
