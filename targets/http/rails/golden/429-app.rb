require "rails"
require "action_controller/railtie"

class App < Rails::Application
  config.root = __dir__
  config.eager_load = false
  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE", "change-me")
  config.hosts.clear
  config.logger = Logger.new($stderr)
end

class EndpointController < ActionController::API
  def endpoint
    response.headers["Retry-After"] = "60"
    body = { error: "too_many_requests", message: "Too Many Requests" }
    render json: body, status: :too_many_requests
  end
end

App.initialize!
App.routes.draw do
  match "/endpoint", to: "endpoint#endpoint", via: :get
end

# Rack 3 moved the server handlers into the rackup gem.
handler = begin
  require "rackup"
  Rackup::Handler::WEBrick
rescue LoadError
  require "rack/handler/webrick"
  Rack::Handler::WEBrick
end

%w[INT TERM].each { |signal| trap(signal) { handler.shutdown } }
handler.run(App, Host: "127.0.0.1", Port: Integer(ENV.fetch("PORT", "3000")))
