class EndpointController < ApplicationController
  def endpoint
    body = { status: "accepted", task_id: "abc-123" }
    render json: body, status: :accepted
  end
end
