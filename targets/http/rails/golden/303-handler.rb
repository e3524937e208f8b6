# In config/routes.rb:
#   post "/endpoint", to: "endpoint#create"
class EndpointController < ActionController::API
  def create
    # redirect_to would send this path as an absolute URL (http://host/...); head sends it as written.
    head :see_other, location: "/endpoint/abc-123"
  end
end
