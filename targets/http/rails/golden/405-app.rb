require "bundler/inline"

gemfile do
  source "https://rubygems.org"

  gem "rails"
  gem "puma"
end

require "action_controller/railtie"
require "rack/handler/puma"

class App < Rails::Application
  config.load_defaults Rails::VERSION::STRING.to_f
  config.root = __dir__
  config.api_only = true
  config.eager_load = false
  config.logger = Logger.new($stdout)
end
Rails.application.initialize!

Rails.application.routes.draw do
  delete "/endpoint", to: "endpoint#destroy"
end

class EndpointController < ActionController::API
  # Rails answers a method that has no route with 404, not 405, so this route refuses DELETE itself.
  def destroy
    response.headers["Allow"] = "GET, HEAD"
    body = { error: "method_not_allowed", message: "Method Not Allowed" }
    render json: body, status: :method_not_allowed
  end
end

# Puma, as in a Rails app's config/puma.rb: $PORT or 3000, on every interface.
Rack::Handler::Puma.run(Rails.application, Port: ENV.fetch("PORT", 3000))
