# In config/routes.rb:
#   get "/items/:item_id", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    # Path parameters: params[:item_id]
    problem = { type: "about:blank", title: "Not Found", status: 404, instance: request.path }
    render json: problem, status: :not_found, content_type: "application/problem+json"
  end
end
