from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return JsonResponse(body, status=HTTPStatus.TOO_MANY_REQUESTS, headers=headers)
