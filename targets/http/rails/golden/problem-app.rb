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
  get "/items/:item_id", to: "endpoint#show"
end

class EndpointController < ActionController::API
  def show
    # Path parameters: params[:item_id]
    problem = { type: "about:blank", title: "Not Found", status: 404, instance: request.path }
    render json: problem, status: :not_found, content_type: "application/problem+json"
  end
end

# Puma, as in a Rails app's config/puma.rb: $PORT or 3000, on every interface.
Rack::Handler::Puma.run(Rails.application, Port: ENV.fetch("PORT", 3000))
