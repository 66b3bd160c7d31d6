import { xml, type Client } from "@xmpp/client";
import { readFileSync } from "node:fs";
import { NS_VERSION } from "../namespaces.ts";

export const FERRY_VERSION: string = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")).version;

/** XEP-0092: name and version; the OS is left out on purpose (it helps attackers more than users). */
export function answerVersion(xmpp: Client): void {
  xmpp.iqCallee.get(NS_VERSION, "query", () =>
    xml("query", { xmlns: NS_VERSION }, xml("name", {}, "Ferry"), xml("version", {}, FERRY_VERSION)),
  );
}
