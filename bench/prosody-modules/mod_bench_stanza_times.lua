-- Bench-only: the time at which the server reads every stanza a Ferry account
-- session (resource "ferry-…") sends of its own accord, for the rush benchmark's
-- per-server rate check. Answers to the server's own requests (iq result or error,
-- e.g. the acknowledgement of every roster push) are the server's traffic, not
-- Ferry's pace, and are not counted. One "host seconds" line per stanza in
-- ferry-stanza-times.txt in the data folder. Loaded on every host; each instance
-- counts only its own host's sessions.
local filters = require "util.filters";
local now = require "util.time".now;

local file = assert(io.open(prosody.paths.data .. "/ferry-stanza-times.txt", "a"));
file:setvbuf("line");

local kinds = { iq = true, presence = true, message = true };
local answers = { result = true, error = true };

local function record(stanza, session)
	if session.host == module.host and session.resource and session.resource:match("^ferry%-") and kinds[stanza.name]
		and not (stanza.name == "iq" and answers[stanza.attr.type]) then
		file:write(session.host, " ", string.format("%.4f", now()), "\n");
	end
	return stanza;
end

local function add(session)
	if session.type == "c2s_unauthed" or session.type == "c2s" then
		filters.add_filter(session, "stanzas/in", record);
	end
end

filters.add_filter_hook(add);

function module.unload()
	filters.remove_filter_hook(add);
	file:close();
end
