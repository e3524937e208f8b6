from django.http import HttpResponsePermanentRedirect
from rest_framework.decorators import api_view


# urls.py: path("endpoint", views.endpoint)
@api_view(["GET"])
def endpoint(request):
    return HttpResponsePermanentRedirect("https://example.com/new-endpoint")
