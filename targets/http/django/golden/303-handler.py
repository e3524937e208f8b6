from http import HTTPStatus

from django.http import HttpResponseRedirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


# urls.py: path("endpoint", views.endpoint)
@csrf_exempt  # an API endpoint: its clients send no CSRF token
@require_POST
def endpoint(request):
    return HttpResponseRedirect("/endpoint/abc-123", status=HTTPStatus.SEE_OTHER)
