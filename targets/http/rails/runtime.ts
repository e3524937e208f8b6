// Rails: each app-style snippet is a complete program (`ruby app.rb`: bundler/inline, then Puma) that boots a
// Rails::Application; one process per case, two at a time (a Rails boot costs about a second of CPU).
// Handler controllers are loaded one by one into an app made with Rails' defaults, routed by the route line
// the snippet shows, and asked through Rack::MockRequest.
import { fileURLToPath } from "node:url";
import { commandWorks } from "../../../test/helpers/toolchains.js";
import { processPerCase, runAsync, type TargetRuntime } from "../../../test/runtime/harness.js";

// Debian's Puma 5.6 frames a 205 without Content-Length (Puma 6+ sends "Content-Length: 0"); loaded before
// each app so the snippets are checked against current Puma's framing. See the file.
const PUMA5_RESET_CONTENT = fileURLToPath(new URL("runtime/puma5-reset-content.rb", import.meta.url));

// ARGV: the folder of the cases, then a JSON list of [name, file, code, method, path].
const CHECK = `require "rails"
require "action_controller/railtie"
require "json"

class HandlerCheck < Rails::Application
  config.load_defaults Rails::VERSION::STRING.to_f
  config.root = ARGV[0]
  config.eager_load = false
  config.secret_key_base = "check"
  config.hosts.clear
  config.consider_all_requests_local = false
  config.logger = Logger.new(nil)
end
HandlerCheck.initialize!

processed = nil
ActiveSupport::Notifications.subscribe("process_action.action_controller") { |*, payload| processed = payload }

bad = 0
JSON.parse(ARGV[1]).each do |name, file, code, method, path|
  source = File.read(File.join(ARGV[0], name, file))
  route = source[/^# In config\\/routes\\.rb:\\n#   (.+)$/, 1] or raise "#{name}: no route line"
  Object.send(:remove_const, :EndpointController) if Object.const_defined?(:EndpointController, false)
  load File.join(ARGV[0], name, file)
  HandlerCheck.routes.draw { instance_eval(route) }
  processed = nil
  response = Rack::MockRequest.new(HandlerCheck).request(method, path, input: "{}", "CONTENT_TYPE" => "application/json")
  raise "#{method} #{path} reached no action (#{route})" unless processed && processed[:controller] == "EndpointController"
  raise "raised #{processed[:exception].inspect}" if processed[:exception]
  raise "answered #{response.status}, expected #{code}" unless response.status == code
  if response.content_type.to_s.start_with?("application/problem+json")
    instance = JSON.parse(response.body)["instance"]
    raise "problem instance #{instance.inspect}, expected #{path.inspect}" unless instance == path
  end
rescue StandardError, ScriptError => e
  bad += 1
  puts "#{name}: #{e.message}"
end
exit(bad.zero? ? 0 : 1)
`;

const runtime: TargetRuntime = {
  missing: () => (commandWorks("ruby", ["-e", 'require "rails"; require "puma"']) ? null : "ruby with rails and puma is not installed"),
  run: processPerCase({ command: (file) => ["ruby", ["-r", PUMA5_RESET_CONTENT, file]], concurrency: 2, bootMs: 90000 }),
  handler: {
    how: "controller routed by its route line, Rack::MockRequest",
    async check(dir, cases) {
      const list = cases.map((c) => [c.name, c.filename, c.code, c.method, c.path]);
      const r = await runAsync("ruby", ["-e", CHECK, dir, JSON.stringify(list)], { cwd: dir });
      if (r.status !== 0) throw new Error(`handler controllers failed:\n${r.stdout}${r.stderr}`);
    },
  },
};

export default runtime;
