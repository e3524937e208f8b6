from django.http import HttpResponseRedirect
from rest_framework import status
from rest_framework.decorators import api_view


# urls.py: path("endpoint", views.endpoint)
@api_view(["POST"])
def endpoint(request):
    return HttpResponseRedirect("/endpoint/abc-123", status=status.HTTP_303_SEE_OTHER)
