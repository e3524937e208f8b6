from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("endpoint", views.endpoint)
@api_view(["GET"])
def endpoint(request):
    body = {"error": "internal_server_error", "message": "Internal Server Error"}
    return Response(body, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
