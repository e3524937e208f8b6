from django.http import HttpResponseRedirect
from rest_framework.decorators import api_view


# urls.py: path("endpoint", views.endpoint)
@api_view(["GET"])
def endpoint(request):
    # preserve_request=True (new in Django 5.2) makes it a 307: method and body kept
    return HttpResponseRedirect(
        "https://example.com/new-endpoint", preserve_request=True
    )
