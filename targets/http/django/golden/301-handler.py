from django.http import HttpResponsePermanentRedirect
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    return HttpResponsePermanentRedirect("https://example.com/new-endpoint")
