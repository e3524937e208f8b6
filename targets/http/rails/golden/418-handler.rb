class EndpointController < ApplicationController
  def endpoint
    body = { error: "im_a_teapot", message: "I'm a teapot" }
    render json: body, status: 418
  end
end
