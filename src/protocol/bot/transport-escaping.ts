import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { NS_INFO } from "../namespaces.ts";


/**
 * How a legacy gateway wants addresses written: XEP-0106 only when its disco
 * says `jid\20escaping`, otherwise the customary `user%domain@gateway`. An
 * unreachable gateway gets the customary form.
 */
export async function transportEscaping(xmpp: Client, domain: string): Promise<"xep0106" | "percent"> {
  try {
    const info: Element = await xmpp.iqCaller.request(xml("iq", { type: "get", to: domain }, xml("query", { xmlns: NS_INFO })), 5_000);
    const features = info.getChild("query", NS_INFO)?.getChildren("feature").map((f) => f.attrs.var) ?? [];
    return features.includes("jid\\20escaping") ? "xep0106" : "percent";
  } catch {
    return "percent";
  }
}
