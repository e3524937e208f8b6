# In config/routes.rb:
#   get "/endpoint", to: "endpoint#show"
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
