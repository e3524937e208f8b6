# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    body = { error: "internal_server_error", message: "Internal Server Error" }
    render json: body, status: :internal_server_error
  end
end
