from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    body = {"error": "service_unavailable", "message": "Service Unavailable"}
    headers = {"Retry-After": "120"}
    return JsonResponse(body, status=HTTPStatus.SERVICE_UNAVAILABLE, headers=headers)
