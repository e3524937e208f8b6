# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
class EndpointController < ActionController::API
  def show
    redirect_to "https://example.com/new-endpoint", status: :temporary_redirect, allow_other_host: true
  end
end
