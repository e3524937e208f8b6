from django.http import HttpResponseRedirect
from django.views.decorators.http import require_GET


# urls.py: path("endpoint", views.endpoint)
@require_GET
def endpoint(request):
    # preserve_request=True (new in Django 5.2) makes it a 307: method and body kept
    return HttpResponseRedirect(
        "https://example.com/new-endpoint", preserve_request=True
    )
