# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    response.headers["WWW-Authenticate"] = "Bearer realm=\"api\""
    body = { error: "unauthorized", message: "Unauthorized" }
    render json: body, status: :unauthorized
  end
end
