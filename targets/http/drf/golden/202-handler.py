from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("endpoint", views.endpoint)
@api_view(["POST"])
def endpoint(request):
    body = {"status": "accepted", "task_id": "abc-123"}
    return Response(body, status=status.HTTP_202_ACCEPTED)
