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
    response.headers["Location"] = "https://example.com/new-endpoint"
    body = { location: "https://example.com/new-endpoint", message: "This resource has moved permanently." }
    render json: body, status: :moved_permanently
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

# WEBrick rewrites a relative Location into an absolute http:// URL; send it as the app set it.
module KeepLocation
  def setup_header
    location = @header["location"]
    super
    @header["location"] = location if location
  end
end
WEBrick::HTTPResponse.prepend(KeepLocation)

%w[INT TERM].each { |signal| trap(signal) { handler.shutdown } }
handler.run(App, Host: "127.0.0.1", Port: Integer(ENV.fetch("PORT", "3000")))
