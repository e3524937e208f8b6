#!/usr/bin/env bash
# Rails comes from Debian (apt-packages.txt beside this file): only prove it loads, with the WEBrick
# server its single-file apps start, and print the versions. Run by .ci/install-runtimes.sh.
set -euo pipefail
ruby -e 'require "rails"; require "rack"; require "webrick"; puts "[install-runtimes]   ruby #{RUBY_VERSION}, rails #{Rails.version}, rack #{Rack.release}, webrick #{WEBrick::VERSION}"' >&2
