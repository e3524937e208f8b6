class EndpointController < ApplicationController
  def endpoint
    body = { status: "ok", data: { id: "abc-123", name: "Example item", active: true } }
    render json: body, status: :ok
  end
end
