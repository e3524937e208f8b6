# In config/routes.rb:
#   post "/endpoint", to: "endpoint#create"
class EndpointController < ActionController::API
  def create
    # 422 as a number: its symbol is :unprocessable_entity before Rack 3.1 and :unprocessable_content after.
    problem = { type: "about:blank", title: "Unprocessable Content", status: 422, instance: request.path }
    render json: problem, status: 422, content_type: "application/problem+json"
  end
end
