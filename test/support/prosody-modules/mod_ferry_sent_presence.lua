-- Test-only: records every subscription request or approval a local client sends,
-- as it leaves the sender's session. mod_presence drops a repeated `subscribe`
-- while the first is pending, so only this side of the server sees a duplicate.
-- One JSON object a line, appended to sent-presences.jsonl in the data folder.
local json = require "util.json";
local jid_bare = require "util.jid".bare;

local path = prosody.paths.data .. "/sent-presences.jsonl";

local function record(event)
	local origin, stanza = event.origin, event.stanza;
	local kind = stanza.attr.type;
	if origin.type ~= "c2s" or (kind ~= "subscribe" and kind ~= "subscribed") then return; end
	local file = assert(io.open(path, "a"));
	file:write(json.encode({
		from = origin.username .. "@" .. origin.host,
		to = jid_bare(stanza.attr.to),
		type = kind,
		moved = stanza:get_child("moved", "urn:xmpp:moved:1") ~= nil,
	}), "\n");
	file:close();
end

-- pre-presence/* fire on the sender's host before routing; above mod_presence's
-- handlers (priority 0), so nothing it decides can hide a stanza from us.
module:hook("pre-presence/bare", record, 1000);
module:hook("pre-presence/full", record, 1000);
