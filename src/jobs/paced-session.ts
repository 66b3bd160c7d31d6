import type { AccountSession } from "../protocol/connection/account-session.ts";
import type { ServerLane } from "./server-pace.ts";

/**
 * The session with every stanza waiting its turn toward the account's server:
 * the steps that send a few stanzas each (the roster read, the profile copy,
 * the statement) are paced without each one pacing itself.
 */
export function pacedSession(session: AccountSession, lane: ServerLane): AccountSession {
  return {
    jid: session.jid,
    preApproval: session.preApproval,
    iq: async (type, child, to) => {
      await lane.take();
      return session.iq(type, child, to);
    },
    send: async (stanza) => {
      await lane.take();
      return session.send(stanza);
    },
    onStanza: (listener) => session.onStanza(listener),
    close: () => session.close(),
  };
}
