from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("users/<user_id>/posts/<post_id>", views.endpoint)
@api_view(["GET"])
def endpoint(request, user_id, post_id):
    body = {
        "status": "ok",
        "data": {"id": "abc-123", "name": "Example item", "active": True},
    }
    return Response(body)
