import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import type { Logger } from "pino";
import { bobElements, formElement, resultElement, submittedValues, type FormField } from "./data-forms.ts";
import { NS_COMMANDS, NS_DATA } from "../namespaces.ts";
import { bareOf } from "../../core/jid.ts";

/** One XEP-0050 `<command/>` request, read from its iq. */
export interface AdhocRequest {
  user: string;
  node: string;
  sessionid?: string;
  action: "execute" | "next" | "complete" | "prev" | "cancel";
  /** Submitted form values by field var. */
  values?: Record<string, string[]>;
  lang?: string;
}

/** What the command answers: an error, or its status with notes, a form to fill in or results. */
export type AdhocResponse =
  | { error: "item-not-found" | "bad-request" | "bad-sessionid" }
  | {
      status: "executing" | "completed" | "canceled";
      sessionid: string;
      lang: string;
      notes: { type: "info" | "warn" | "error"; text: string }[];
      form?: { title: string; instructions: string[]; fields: FormField[] };
      /** Results of a completed command (a `result` form), by field name: their lines. */
      result?: Record<string, string[]>;
    };

/** Whatever runs the commands behind the bot's ad-hoc nodes. */
export interface AdhocHandler {
  handle(req: AdhocRequest): Promise<AdhocResponse>;
}

const ACTIONS = new Set(["execute", "next", "complete", "prev", "cancel"]);

const stanzaError = (type: string, condition: string, extra?: Element) =>
  xml("error", { type }, xml(condition, { xmlns: "urn:ietf:params:xml:ns:xmpp-stanzas" }), ...(extra ? [extra] : []));

/** XEP-0050: `<command/>` iq sets become requests to the handler, its responses `<command/>` results. */
export function respondToAdhoc(xmpp: Client, adhoc: AdhocHandler, log: Logger): void {
  xmpp.iqCallee.set(NS_COMMANDS, "command", async (ctx: { stanza: Element; element: Element }) => {
    const { stanza, element } = ctx;
    const user = bareOf(String(stanza.attrs.from ?? ""));
    const action = (element.attrs.action as string | undefined) ?? "execute";
    if (!ACTIONS.has(action) || !element.attrs.node) return stanzaError("modify", "bad-request");
    const req: AdhocRequest = {
      user,
      node: String(element.attrs.node),
      sessionid: element.attrs.sessionid as string | undefined,
      action: action as AdhocRequest["action"],
      values: submittedValues(element.getChild("x", NS_DATA)),
      lang: (element.attrs["xml:lang"] ?? stanza.attrs["xml:lang"]) as string | undefined,
    };
    try {
      const res = await adhoc.handle(req);
      if ("error" in res) {
        if (res.error === "bad-sessionid") {
          return stanzaError("modify", "bad-request", xml("bad-sessionid", { xmlns: NS_COMMANDS }));
        }
        return stanzaError(res.error === "item-not-found" ? "cancel" : "modify", res.error);
      }
      const children: Element[] = [];
      if (res.status === "executing" && res.form) {
        children.push(xml("actions", { execute: "complete" }, xml("complete")));
        children.push(formElement(res.form.title, res.form.instructions, res.form.fields), ...bobElements(res.form.fields));
      }
      if (res.result) children.push(resultElement(res.result));
      children.push(...res.notes.map((n) => xml("note", { type: n.type }, n.text)));
      return xml("command", { xmlns: NS_COMMANDS, node: req.node, sessionid: res.sessionid, status: res.status, "xml:lang": res.lang }, ...children);
    } catch (err) {
      log.error({ err, node: req.node }, "ad-hoc command failed");
      return stanzaError("wait", "internal-server-error");
    }
  });
}
