# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    body = { status: "ok", data: { id: "abc-123", name: "Example item", active: true } }
    render json: body, status: :ok
  end
end
