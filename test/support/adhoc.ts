import type { Element } from "@xmpp/xml";
import { BOT } from "./integration-world.ts";
import type { XmppUser } from "./xmpp-user.ts";

export const NS_COMMANDS = "http://jabber.org/protocol/commands";
export const NS_DATA = "jabber:x:data";

/**
 * One XEP-0050 command session with the bot, as a client runs it: `execute`,
 * then one submitted form per step. Split in two so a test can hold a step
 * back (e.g. many users' confirms sent in the same instant).
 */
export async function startCommand(u: XmppUser, node: string): Promise<{ first: Element; submit(values: Record<string, string>): Promise<Element> }> {
  const bot = `${BOT}/ferry`;
  const first = await u.command(bot, node);
  return { first, submit: (values) => u.command(bot, node, { sessionid: String(first.attrs.sessionid), values }) };
}

/** Runs an ad-hoc command to its end, one form per step; resolves with every `<command/>` the bot answered. */
export async function adhoc(u: XmppUser, node: string, steps: Record<string, string>[]): Promise<Element[]> {
  const command = await startCommand(u, node);
  const replies = [command.first];
  for (const values of steps) replies.push(await command.submit(values));
  return replies;
}

export const fieldsOf = (command: Element) => command.getChild("x", NS_DATA)?.getChildren("field").map((f) => String(f.attrs.var)) ?? [];
export const notesOf = (command: Element) => command.getChildren("note").map((n) => n.text());
/** A field's values in the command's form, one line each. */
export const fieldValue = (command: Element, name: string) =>
  command.getChild("x", NS_DATA)?.getChildren("field").find((f) => f.attrs.var === name)?.getChildren("value").map((v) => v.text()).join("\n");
