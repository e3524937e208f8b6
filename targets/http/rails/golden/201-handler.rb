class EndpointController < ApplicationController
  def endpoint
    response.headers["Location"] = "/endpoint/abc-123"
    body = { id: "abc-123", name: "Example item", created_at: "2026-02-24T12:00:00Z" }
    render json: body, status: :created
  end
end
