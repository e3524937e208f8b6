from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("endpoint", views.endpoint)
@api_view(["GET"])
def endpoint(request):
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return Response(body, status=status.HTTP_418_IM_A_TEAPOT)
