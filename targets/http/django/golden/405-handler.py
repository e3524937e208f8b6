from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def endpoint(request):
    body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
    headers = {"Allow": "GET, HEAD"}
    return JsonResponse(
        body,
        status=HTTPStatus.METHOD_NOT_ALLOWED,
        headers=headers,
    )
