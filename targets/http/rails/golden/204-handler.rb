# In config/routes.rb:
#   delete "/endpoint", to: "endpoint#destroy"
class EndpointController < ActionController::API
  def destroy
    head :no_content
  end
end
