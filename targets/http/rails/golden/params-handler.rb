# In config/routes.rb:
#   get "/users/:user_id/posts/:post_id", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    # Path parameters: params[:user_id], params[:post_id]
    body = { status: "ok", data: { id: "abc-123", name: "Example item", active: true } }
    render json: body, status: :ok
  end
end
