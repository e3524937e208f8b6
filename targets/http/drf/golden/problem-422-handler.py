from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


# urls.py: path("endpoint", views.endpoint)
@api_view(["POST"])
def endpoint(request):
    problem = {
        "type": "about:blank",
        "title": "Unprocessable Content",
        "status": 422,
        "instance": request.path,
    }
    return Response(
        problem,
        status=status.HTTP_422_UNPROCESSABLE_ENTITY,
        content_type="application/problem+json",
    )
