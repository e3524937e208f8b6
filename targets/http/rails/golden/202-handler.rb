# In config/routes.rb:
#   post "/endpoint", to: "endpoint#create"
class EndpointController < ActionController::API
  def create
    body = { status: "accepted", task_id: "abc-123" }
    render json: body, status: :accepted
  end
end
