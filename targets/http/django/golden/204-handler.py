from http import HTTPStatus

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods


# urls.py: path("endpoint", views.endpoint)
@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_http_methods(["DELETE"])
def endpoint(request):
    return HttpResponse(status=HTTPStatus.NO_CONTENT)
