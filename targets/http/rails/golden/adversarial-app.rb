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
  get "/endpoint", to: "endpoint#show"
end

class EndpointController < ActionController::API
  def show
    body = {
      message: "\"quoted\" 'string' \\ back\\slash",
      js: "${process.env.HOME}",
      ruby: "\#{system('id')} \#@x",
      shell: "$x $(id) `id`",
      comment: "*/ -- ?> \"\"\"",
      lines: "one\ntwo\r\n\tthree\u2028four",
      unicode: "café 😀 漢字",
      nested: { "list" => [ 1, 2.5, -3e-7, true, false, nil ], "" => "empty key" }
    }
    render json: body, status: :ok
  end
end

# Puma, as in a Rails app's config/puma.rb: $PORT or 3000, on every interface.
Rack::Handler::Puma.run(Rails.application, Port: ENV.fetch("PORT", 3000))
