class EndpointController < ApplicationController
  def endpoint
    head :no_content
  end
end
