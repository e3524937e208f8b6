from http import HTTPStatus

from django.http import JsonResponse
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    body = {"error": "im_a_teapot", "message": "I'm a teapot"}
    return JsonResponse(body, status=HTTPStatus.IM_A_TEAPOT)
