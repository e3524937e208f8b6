from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


# urls.py: path("endpoint", views.endpoint)
@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_POST
def endpoint(request):
    body = {"status": "accepted", "task_id": "abc-123"}
    return JsonResponse(body, status=HTTPStatus.ACCEPTED)
