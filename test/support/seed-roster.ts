import { xml } from "@xmpp/client";
import { seedProsodyRoster } from "../../src/devserver/seed-roster.ts";
import type { EjabberdServer } from "../../src/devserver/ejabberd.ts";
import type { Contact } from "../../src/core/contact.ts";
import { signIn } from "../../src/protocol/connection/account-session.ts";
import { serviceMapObject, type TestServer } from "./test-servers.ts";

/**
 * Gives a user a roster with any subscription state, as years of use would
 * leave it. A client cannot set `both` or `from` itself; this is how tests
 * get a realistic source account (on Prosody, the demo's own seeding). The user must not be signed in while this runs.
 */
export function seedRoster(server: TestServer, user: string, host: string, items: Contact[]): Promise<void> {
  return server.kind === "ejabberd" ? seedEjabberd(server, user, host, items) : seedProsodyRoster(server, user, host, items);
}

/**
 * Through ejabberd's API (mod_admin_extra `add_rosteritem`, adding to the
 * roster). No API command sets a pending request (`ask`): for those the user
 * signs in and sends the `subscribe` itself. Debian's mod_pres_counter lets a
 * session send 5 requests a minute, so more are refused here rather than lost.
 */
async function seedEjabberd(server: EjabberdServer, user: string, host: string, items: Contact[]): Promise<void> {
  for (const c of items) {
    const at = c.jid.lastIndexOf("@");
    await server.api("add_rosteritem", {
      localuser: user,
      localhost: host,
      user: at < 0 ? "" : c.jid.slice(0, at),
      host: c.jid.slice(at + 1),
      nick: c.name ?? "",
      group: c.groups.join(";"),
      subs: c.subscription ?? "none",
    });
  }
  const asked = items.filter((c) => c.ask);
  if (asked.length === 0) return;
  if (asked.length > 5) throw new Error("seedRoster on ejabberd: at most 5 pending requests (mod_pres_counter)");
  const password = server.passwordOf(user, host);
  if (password === undefined) throw new Error(`seedRoster on ejabberd: ${user}@${host} was not registered through this server`);
  const session = await signIn(`${user}@${host}`, password, { serviceMap: serviceMapObject(server) });
  for (const c of asked) await session.send(xml("presence", { type: "subscribe", to: c.jid }));
  // The server handles a session's stanzas in order: once this answers, every request is in the roster.
  await session.iq("get", xml("query", { xmlns: "jabber:iq:roster" }));
  await session.close();
}
