class EndpointController < ApplicationController
  def endpoint
    body = { error: "internal_server_error", message: "Internal Server Error" }
    render json: body, status: :internal_server_error
  end
end
