import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { AccountSession } from "../connection/account-session.ts";
import { conditionOf } from "../stanza-error.ts";
import { NS_DATA, NS_INFO } from "../namespaces.ts";

/** XEP-0060 as used on a personal (XEP-0163 PEP) service. */
export const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
export const NS_PUBSUB_OWNER = "http://jabber.org/protocol/pubsub#owner";
const PUBLISH_OPTIONS = "http://jabber.org/protocol/pubsub#publish-options";
const NODE_CONFIG = "http://jabber.org/protocol/pubsub#node_config";

/** Node settings by their name without the `pubsub#` prefix, e.g. `{ access_model: "presence" }`. */
export type NodeConfig = Record<string, string>;

/** A submitted XEP-0004 form carrying node settings. */
export function nodeConfigForm(formType: string, config: NodeConfig): Element {
  return xml(
    "x",
    { xmlns: NS_DATA, type: "submit" },
    xml("field", { var: "FORM_TYPE", type: "hidden" }, xml("value", {}, formType)),
    ...Object.entries(config).map(([key, value]) => xml("field", { var: `pubsub#${key}` }, xml("value", {}, value))),
  );
}

/** Whether the account has a PEP service: XEP-0163 §6.1, the identity pubsub/pep in its own disco#info. */
export async function hasPep(session: AccountSession): Promise<boolean> {
  const info = await session.iq("get", xml("query", { xmlns: NS_INFO }), session.jid);
  return (info.getChild("query", NS_INFO)?.getChildren("identity") ?? []).some((i) => i.attrs.category === "pubsub" && i.attrs.type === "pep");
}

export interface PepItem {
  id: string;
  /** The item's payload element (the first child of `<item/>`). */
  payload: Element;
}

/**
 * Items of a PEP node: the account's own (`owner` undefined) or another account's.
 * A node that does not exist has no items.
 */
export async function getItems(
  session: AccountSession,
  node: string,
  opts: { owner?: string; ids?: string[]; max?: number } = {},
): Promise<PepItem[]> {
  const items = xml(
    "items",
    { node, ...(opts.max ? { max_items: String(opts.max) } : {}) },
    ...(opts.ids ?? []).map((id) => xml("item", { id })),
  );
  let result: Element;
  try {
    result = await session.iq("get", xml("pubsub", { xmlns: NS_PUBSUB }, items), opts.owner);
  } catch (err) {
    if (conditionOf(err) === "item-not-found") return [];
    throw err;
  }
  const found: PepItem[] = [];
  for (const item of result.getChild("pubsub", NS_PUBSUB)?.getChild("items")?.getChildren("item") ?? []) {
    const payload = item.getChildElements()[0];
    if (payload && typeof item.attrs.id === "string") found.push({ id: item.attrs.id, payload });
  }
  return found;
}

export async function publish(session: AccountSession, node: string, item: PepItem, options?: NodeConfig): Promise<void> {
  await session.iq(
    "set",
    xml(
      "pubsub",
      { xmlns: NS_PUBSUB },
      xml("publish", { node }, xml("item", { id: item.id }, item.payload)),
      ...(options ? [xml("publish-options", {}, nodeConfigForm(PUBLISH_OPTIONS, options))] : []),
    ),
  );
}

/** XEP-0060 7.1.5: a node whose settings differ from the publish-options refuses the item. */
function isPreconditionFailure(err: unknown): boolean {
  const application = (err as { application?: Element }).application;
  return conditionOf(err) === "conflict" || application?.name === "precondition-not-met";
}

/**
 * The publish-options every server that has them takes. ejabberd 23.01 takes no others: any
 * further field (`max_items`, `send_last_published_item`) gets `resource-constraint` with
 * "Unknown field 'pubsub#max_items' of type '…#publish-options'".
 */
const WIDELY_ACCEPTED_OPTIONS: ReadonlySet<string> = new Set(["access_model", "persist_items"]);

/** An answer that may mean "not these publish-options" (ejabberd: resource-constraint; XEP-0060 leaves it open). */
function mayRefuseOptions(err: unknown): boolean {
  return ["resource-constraint", "not-acceptable", "bad-request"].includes(conditionOf(err));
}

/**
 * Publishes with publish-options (a plain publish without them) and resolves the
 * publish-options to use for the node's next items. When the node already exists
 * with other settings, it is reconfigured and the item published again; when
 * `deleteIfNeeded` allows it and the server refuses to reconfigure, the node is
 * deleted instead (only for nodes whose other items may be lost). A server that
 * refuses some publish-options gets the widely accepted ones, then the rest
 * through the node's configuration; if it refuses that too, the error is thrown
 * with the item already published (the caller tells what the node kept).
 */
export async function publishWithConfig(
  session: AccountSession,
  node: string,
  item: PepItem,
  options: NodeConfig | undefined,
  deleteIfNeeded: boolean,
): Promise<NodeConfig | undefined> {
  if (!options) {
    await publish(session, node, item);
    return undefined;
  }
  try {
    await publish(session, node, item, options);
    return options;
  } catch (err) {
    const accepted = Object.fromEntries(Object.entries(options).filter(([key]) => WIDELY_ACCEPTED_OPTIONS.has(key)));
    if (mayRefuseOptions(err) && Object.keys(accepted).length < Object.keys(options).length) {
      await publishWithConfig(session, node, item, accepted, deleteIfNeeded);
      await configureNode(session, node, options);
      return accepted;
    }
    if (!isPreconditionFailure(err)) throw err;
  }
  try {
    await configureNode(session, node, options);
  } catch (err) {
    if (!deleteIfNeeded) throw err;
    await deleteNode(session, node);
  }
  await publish(session, node, item, options);
  return options;
}

export async function configureNode(session: AccountSession, node: string, config: NodeConfig): Promise<void> {
  await session.iq("set", xml("pubsub", { xmlns: NS_PUBSUB_OWNER }, xml("configure", { node }, nodeConfigForm(NODE_CONFIG, config))));
}

export async function deleteNode(session: AccountSession, node: string): Promise<void> {
  await session.iq("set", xml("pubsub", { xmlns: NS_PUBSUB_OWNER }, xml("delete", { node })));
}

/** Current settings of one of the account's own nodes; undefined when the server will not say. */
export async function nodeConfig(session: AccountSession, node: string): Promise<NodeConfig | undefined> {
  let result: Element;
  try {
    result = await session.iq("get", xml("pubsub", { xmlns: NS_PUBSUB_OWNER }, xml("configure", { node })));
  } catch (err) {
    if ((err as { name?: string }).name === "StanzaError") return undefined;
    throw err;
  }
  const form = result.getChild("pubsub", NS_PUBSUB_OWNER)?.getChild("configure")?.getChild("x", NS_DATA);
  if (!form) return undefined;
  const config: NodeConfig = {};
  for (const field of form.getChildren("field")) {
    const name = String(field.attrs.var ?? "");
    const value = field.getChildText("value");
    if (name.startsWith("pubsub#") && value !== null) config[name.slice("pubsub#".length)] = value;
  }
  return config;
}

/** Access models every PEP service has (XEP-0163 4.3.3 lists presence, open, whitelist as the common ones). */
const PORTABLE_ACCESS_MODELS = new Set(["open", "presence", "whitelist"]);

/**
 * Publish-options that give a copied node the old node's audience. Undefined
 * when the old server will not tell, or uses a model other servers lack
 * (ejabberd's `roster`): the new server's default applies then.
 */
export async function sameAudienceOptions(session: AccountSession, node: string): Promise<NodeConfig | undefined> {
  return portableAudience((await nodeConfig(session, node))?.access_model);
}

/** Publish-options for an access model every server has; undefined for none or another model. */
export function portableAudience(accessModel: string | undefined): NodeConfig | undefined {
  return accessModel && PORTABLE_ACCESS_MODELS.has(accessModel) ? { access_model: accessModel } : undefined;
}
