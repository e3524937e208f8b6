# In config/routes.rb:
#   delete "/endpoint", to: "endpoint#destroy"
class EndpointController < ActionController::API
  # Rails answers a method that has no route with 404, not 405, so this route refuses DELETE itself.
  def destroy
    response.headers["Allow"] = "GET, HEAD"
    body = { error: "method_not_allowed", message: "Method Not Allowed" }
    render json: body, status: :method_not_allowed
  end
end
