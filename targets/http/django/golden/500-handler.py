from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return JsonResponse(body, status=HTTPStatus.INTERNAL_SERVER_ERROR)
