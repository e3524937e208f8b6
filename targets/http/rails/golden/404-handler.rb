class EndpointController < ApplicationController
  def endpoint
    body = { error: "not_found", message: "Not Found" }
    render json: body, status: :not_found
  end
end
