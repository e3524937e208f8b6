# In config/routes.rb:
#   post "/endpoint", to: "endpoint#create"
class EndpointController < ActionController::API
  def create
    body = { id: "abc-123", name: "Example item", created_at: "2026-02-24T12:00:00Z" }
    render json: body, status: :created, location: "/endpoint/abc-123"
  end
end
