from http import HTTPStatus

from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def endpoint(request):
    response = HttpResponse(
        status=HTTPStatus.NO_CONTENT,
    )
    del response["Content-Type"]  # no body, so no content type
    return response
