from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def endpoint(request):
    body = {"status": "accepted", "task_id": "abc-123"}
    return JsonResponse(
        body,
        status=HTTPStatus.ACCEPTED,
    )
