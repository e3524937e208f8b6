# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    response.headers["Retry-After"] = "60"
    body = { error: "too_many_requests", message: "Too Many Requests" }
    render json: body, status: :too_many_requests
  end
end
