-- For throwaway test servers: server-to-server connections go to fixed loopback
-- ports instead of through DNS, so servers on one machine can talk over s2s.
-- Config: ferry_s2s_routes = { ["new.test"] = 5270 }. Any other domain has no
-- address at all, so a stanza to it bounces at once, as with s2s off.
-- mod_s2s looks up require("net.resolvers.service").new each time it connects
-- out; this replaces that constructor for the whole process.
local service = require "net.resolvers.service";
local manual = require "net.resolvers.manual";

module:set_global();

local routes = module:get_option("ferry_s2s_routes", {});
local dns_new = service.new;

function service.new(hostname, service_name, proto, extra)
	local port = routes[hostname];
	-- Only plain xmpp-server is routed; a direct-TLS attempt (xmpps-server) finds nothing.
	if not port or service_name ~= "xmpp-server" then
		return manual.new({}, proto, extra);
	end
	module:log("debug", "s2s to %s goes to 127.0.0.1:%d", hostname, port);
	return manual.new({ { "tcp4", "127.0.0.1", port, extra } }, proto, extra);
end

function module.unload()
	service.new = dns_new;
end
