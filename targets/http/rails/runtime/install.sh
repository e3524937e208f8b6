#!/usr/bin/env bash
# Rails and Puma come from Debian (apt-packages.txt beside this file): only prove they load, the way the
# single-file apps load them (bundler/inline, offline from the installed gems), and print the versions.
# Run by .ci/install-runtimes.sh.
set -euo pipefail
cd "$(mktemp -d)"
trap 'rm -rf "$PWD"' EXIT
ruby -e '
require "bundler/inline"
gemfile do
  source "https://rubygems.org"
  gem "rails"
  gem "puma"
end
require "action_controller/railtie"
require "rack/handler/puma"
warn "[install-runtimes]   ruby #{RUBY_VERSION}, rails #{Rails.version}, rack #{Rack.release}, puma #{Puma::Const::PUMA_VERSION}"
'
