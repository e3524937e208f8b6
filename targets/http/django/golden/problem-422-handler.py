from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


# urls.py: path("endpoint", views.endpoint)
@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_POST
def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.path,
    }
    return JsonResponse(
        problem,
        status=HTTPStatus.UNPROCESSABLE_ENTITY,
        content_type="application/problem+json",
    )
