# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    response.headers["Retry-After"] = "120"
    body = { error: "service_unavailable", message: "Service Unavailable" }
    render json: body, status: :service_unavailable
  end
end
