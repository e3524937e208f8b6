// Rails: each app-style snippet is a complete program (`ruby app.rb`) that boots a Rails::Application and
// serves it; one process per case, two at a time (a Rails boot costs about a second of CPU).
// Handler controllers are loaded one by one into a small app, routed, and asked through Rack::MockRequest.
import { commandWorks } from "../../../test/helpers/toolchains.js";
import { processPerCase, runAsync, type TargetRuntime } from "../../../test/runtime/harness.js";

const CHECK = `require "rails"
require "action_controller/railtie"
require "json"
class HandlerCheck < Rails::Application
  config.root = __dir__
  config.eager_load = false
  config.secret_key_base = "check"
  config.hosts.clear
  config.logger = Logger.new(nil)
end
class ApplicationController < ActionController::API; end
HandlerCheck.initialize!
bad = 0
JSON.parse(ARGV[1]).each do |name, file, code, method, route|
  begin
    load File.join(ARGV[0], name, file)
    HandlerCheck.routes.draw { match route, to: "endpoint#endpoint", via: method.downcase.to_sym }
    status = Rack::MockRequest.new(HandlerCheck).request(method, route, input: "{}").status
    raise "answered #{status}, expected #{code}" unless status == code
  rescue StandardError, ScriptError => e
    bad += 1
    puts "#{name}: #{e.message}"
  end
end
exit(bad.zero? ? 0 : 1)
`;

const runtime: TargetRuntime = {
  missing: () => (commandWorks("ruby", ["-e", 'require "rails"; require "webrick"']) ? null : "ruby with rails and webrick is not installed"),
  run: processPerCase({ command: (file) => ["ruby", [file]], concurrency: 2, bootMs: 90000 }),
  handler: {
    how: "controller routed, Rack::MockRequest",
    async check(dir, cases) {
      const list = cases.map((c) => [c.name, c.filename, c.code, c.method, c.route]);
      const r = await runAsync("ruby", ["-e", CHECK, dir, JSON.stringify(list)], { cwd: dir });
      if (r.status !== 0) throw new Error(`handler controllers failed:\n${r.stdout}${r.stderr}`);
    },
  },
};

export default runtime;
