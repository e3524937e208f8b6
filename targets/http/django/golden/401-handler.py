from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    body = {"error": "unauthorized", "message": "Unauthorized"}
    headers = {"WWW-Authenticate": 'Bearer realm="api"'}
    return JsonResponse(body, status=HTTPStatus.UNAUTHORIZED, headers=headers)
