from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("endpoint", views.endpoint)
@api_view(["POST"])
def endpoint(request):
    body = {
        "id": "abc-123",
        "name": "Example item",
        "created_at": "2026-02-24T12:00:00Z",
    }
    headers = {"Location": "/endpoint/abc-123"}
    return Response(body, status=status.HTTP_201_CREATED, headers=headers)
