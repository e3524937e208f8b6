class EndpointController < ApplicationController
  def endpoint
    response.headers["Allow"] = "GET, HEAD"
    body = { error: "method_not_allowed", message: "Method Not Allowed" }
    render json: body, status: :method_not_allowed
  end
end
