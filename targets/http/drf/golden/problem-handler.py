from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("items/<item_id>", views.endpoint)
@api_view(["GET"])
def endpoint(request, item_id):
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "instance": request.path,
    }
    return Response(
        problem,
        status=status.HTTP_404_NOT_FOUND,
        content_type="application/problem+json",
    )
