from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("users/<user_id>/posts/<post_id>", views.endpoint)
@require_GET
def endpoint(request, user_id, post_id):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return JsonResponse(body)
