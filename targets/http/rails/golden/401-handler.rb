class EndpointController < ApplicationController
  def endpoint
    response.headers["WWW-Authenticate"] = "Bearer realm=\"api\""
    body = { error: "unauthorized", message: "Unauthorized" }
    render json: body, status: :unauthorized
  end
end
