from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def endpoint(request):
    body = {
        "location": "https://example.com/new-endpoint",
        "message": "This resource has moved permanently.",
    }
    headers = {"Location": "https://example.com/new-endpoint"}
    return JsonResponse(
        body,
        status=HTTPStatus.MOVED_PERMANENTLY,
        headers=headers,
    )
