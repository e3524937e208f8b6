from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView


# urls.py: path("endpoint", views.Endpoint.as_view())
# REST framework answers the methods a view does not have with 405 and Allow by itself.
class Endpoint(APIView):
    # APIView's Allow header names the view's own methods: this view sets its own
    default_response_headers = {"Allow": "GET, HEAD"}

    def delete(self, request):
        body = {"error": "method_not_allowed", "message": "Method Not Allowed"}
        return Response(body, status=status.HTTP_405_METHOD_NOT_ALLOWED)
