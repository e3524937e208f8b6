# Loaded before each app-style snippet by the runtime layer (ruby -r), never part of a snippet.
#
# Debian's Puma 5.6 answers a 205 whose body is empty (Rails answers every 205 with the Rack body []) with
# no Content-Length and keeps the connection open, so an HTTP/1.1 client waits for content that never comes.
# Puma 6.0 and later measure every Array body and send "Content-Length: 0" there. This gives Puma 5.x that
# one behaviour, so the snippets are checked against what current Puma sends; on Puma 6+ it does nothing.
require "puma"

if Gem::Version.new(Puma::Const::PUMA_VERSION) < Gem::Version.new("6")
  require "puma/server"

  module EmptyResetContentLength
    private

    def str_headers(env, status, headers, res_info, *rest)
      super
      res_info[:content_length] ||= 0 if status == 205
    end
  end

  Puma::Server.prepend(EmptyResetContentLength)
end
