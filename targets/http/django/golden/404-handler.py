from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    body = {"error": "not_found", "message": "Not Found"}
    return JsonResponse(body, status=HTTPStatus.NOT_FOUND)
