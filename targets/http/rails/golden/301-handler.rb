class EndpointController < ApplicationController
  def endpoint
    response.headers["Location"] = "https://example.com/new-endpoint"
    body = { location: "https://example.com/new-endpoint", message: "This resource has moved permanently." }
    render json: body, status: :moved_permanently
  end
end
