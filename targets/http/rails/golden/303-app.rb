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
    # redirect_to would send this path as an absolute URL (http://host/...); head sends it as written.
    head :see_other, location: "/endpoint/abc-123"
  end
end

# Puma, as in a Rails app's config/puma.rb: $PORT or 3000, on every interface.
Rack::Handler::Puma.run(Rails.application, Port: ENV.fetch("PORT", 3000))
