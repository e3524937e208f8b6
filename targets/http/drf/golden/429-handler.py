from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("endpoint", views.endpoint)
@api_view(["GET"])
def endpoint(request):
    body = {"error": "too_many_requests", "message": "Too Many Requests"}
    headers = {"Retry-After": "60"}
    return Response(body, status=status.HTTP_429_TOO_MANY_REQUESTS, headers=headers)
