from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("endpoint", views.endpoint)
@api_view(["DELETE"])
def endpoint(request):
    return Response(status=status.HTTP_204_NO_CONTENT)
