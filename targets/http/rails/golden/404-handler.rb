# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    body = { error: "not_found", message: "Not Found" }
    render json: body, status: :not_found
  end
end
