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
  post "/endpoint", to: "endpoint#create"
end

class EndpointController < ActionController::API
  def create
    # 422 as a number: its symbol is :unprocessable_entity before Rack 3.1 and :unprocessable_content after.
    problem = { type: "about:blank", title: "Unprocessable Content", status: 422, instance: request.path }
    render json: problem, status: 422, content_type: "application/problem+json"
  end
end

# Puma, as in a Rails app's config/puma.rb: $PORT or 3000, on every interface.
Rack::Handler::Puma.run(Rails.application, Port: ENV.fetch("PORT", 3000))
