from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("items/<item_id>", views.endpoint)
@require_GET
def endpoint(request, item_id):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.path,
    }
    return JsonResponse(
        problem, status=HTTPStatus.NOT_FOUND, content_type="application/problem+json"
    )
