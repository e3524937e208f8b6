class EndpointController < ApplicationController
  def endpoint
    response.headers["Retry-After"] = "120"
    body = { error: "service_unavailable", message: "Service Unavailable" }
    render json: body, status: :service_unavailable
  end
end
