import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { isUserJid, normaliseJid } from "../../core/jid.ts";
import { NS_COMMANDS, NS_DATA, NS_ITEMS } from "../namespaces.ts";

/**
 * XEP-0133 service administration, run by the bot as a server admin. Prosody
 * 0.12 (mod_admin_adhoc) offers the online-users list but no registered-users
 * list; what ejabberd's mod_configure offers depends on its version. Callers
 * learn "not offered" as undefined.
 */
const NS_ADMIN = "http://jabber.org/protocol/admin";
export const REGISTERED_USERS_NODE = `${NS_ADMIN}#get-registered-users-list`;
export const ONLINE_USERS_NODE = `${NS_ADMIN}#get-online-users-list`;

/** Whether an ad-hoc node is one of XEP-0133's commands: a server offers them only to its admins. */
export const isAdminCommand = (node: string) => node.startsWith(`${NS_ADMIN}#`);

/** The ad-hoc nodes the server lets this account run (an empty set when it will not say). */
export async function serverCommands(session: AccountSession, domain: string): Promise<Set<string>> {
  try {
    const reply = await session.iq("get", xml("query", { xmlns: NS_ITEMS, node: NS_COMMANDS }), domain);
    const items = reply.getChild("query", NS_ITEMS)?.getChildren("item") ?? [];
    return new Set(items.map((i) => String(i.attrs.node ?? "")).filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Every value of every field of a result form, by var; multi-line values are split into lines. */
function formValues(command: Element | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const field of command?.getChild("x", NS_DATA)?.getChildren("field") ?? []) {
    const values = field.getChildren("value").flatMap((v) => v.text().split(/\r?\n/));
    out.set(String(field.attrs.var ?? ""), values);
  }
  return out;
}

/** Executes a command; when it asks for a form, submits `values` (with the admin FORM_TYPE). Resolves with the result form's values. */
export async function runAdminCommand(session: AccountSession, domain: string, node: string, values: Record<string, string>): Promise<Map<string, string[]>> {
  const first = (await session.iq("set", xml("command", { xmlns: NS_COMMANDS, node, action: "execute" }), domain)).getChild("command", NS_COMMANDS);
  if (first?.attrs.status === "completed") return formValues(first);
  const fields = Object.entries({ FORM_TYPE: NS_ADMIN, ...values }).map(([k, v]) => xml("field", { var: k }, xml("value", {}, v)));
  const reply = await session.iq(
    "set",
    xml("command", { xmlns: NS_COMMANDS, node, sessionid: String(first?.attrs.sessionid ?? "") }, xml("x", { xmlns: NS_DATA, type: "submit" }, ...fields)),
    domain,
  );
  return formValues(reply.getChild("command", NS_COMMANDS));
}

/** Bare user JIDs found in a result form (detail lines and other text are dropped). */
function userJids(values: Map<string, string[]>): string[] {
  const all = [...values.entries()].filter(([k]) => k !== "FORM_TYPE").flatMap(([, v]) => v);
  return [...new Set(all.map((v) => v.trim()).filter((v) => isUserJid(v)).map((v) => normaliseJid(v)!))];
}

/** Runs a user list the server offers (see serverCommands): the bare JIDs it lists. */
export async function runUserList(session: AccountSession, domain: string, node: string): Promise<string[]> {
  // "none" is XEP-0133's value for no limit.
  return userJids(await runAdminCommand(session, domain, node, { max_items: "none", details: "0" }));
}

async function listUsers(session: AccountSession, domain: string, node: string): Promise<string[] | undefined> {
  if (!(await serverCommands(session, domain)).has(node)) return undefined;
  return runUserList(session, domain, node);
}

/** All accounts of the domain, or undefined when the server does not offer the list. */
export const listRegisteredUsers = (session: AccountSession, domain: string) => listUsers(session, domain, REGISTERED_USERS_NODE);

/** Accounts of the domain with a session now, or undefined when the server does not offer the list. */
export const listOnlineUsers = (session: AccountSession, domain: string) => listUsers(session, domain, ONLINE_USERS_NODE);
