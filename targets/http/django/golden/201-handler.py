from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


# urls.py: path("endpoint", views.endpoint)
@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_POST
def endpoint(request):
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return JsonResponse(body, status=HTTPStatus.CREATED, headers=headers)
