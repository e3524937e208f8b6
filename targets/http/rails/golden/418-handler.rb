# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    body = { error: "im_a_teapot", message: "I'm a teapot" }
    render json: body, status: 418
  end
end
