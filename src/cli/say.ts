import { xml } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { ferryClient } from "../protocol/connection/ferry-client.ts";
import { serviceCandidates } from "../protocol/connection/service-candidates.ts";
import type { SayRequest } from "./command-line.ts";

/** Why `ferry say` could not talk to the bot, as the one line it prints. */
export class SayFailure extends Error {
  override name = "SayFailure";
}

/**
 * `ferry say --service xmpp://127.0.0.1:5222 --to migrate@old.test alice@old.test PASSWORD help`:
 * signs in as a user, sends one message to the bot, prints the replies. For
 * trying Ferry without a chat client.
 */
export async function runSay(request: SayRequest): Promise<void> {
  const { jid, password, message, service, lang, waitSeconds } = request;
  const domain = jid.slice(jid.indexOf("@") + 1);
  const to = request.to ?? `migrate@${domain}`;
  const xmpp = ferryClient({ service: service ?? (await serviceCandidates(jid, {}))[0], domain, username: jid.slice(0, jid.indexOf("@")), password, resource: "say" });
  xmpp.on("error", () => undefined);
  let quiet: NodeJS.Timeout | undefined;
  const done = new Promise<void>((resolve) => {
    const arm = () => {
      clearTimeout(quiet);
      quiet = setTimeout(resolve, waitSeconds * 1000);
    };
    arm();
    xmpp.on("stanza", (s: Element) => {
      const body = s.is("message") ? s.getChildText("body") : null;
      if (body !== null && String(s.attrs.from).startsWith(to)) {
        console.log(body + "\n");
        arm();
      }
    });
  });
  try {
    await xmpp.start();
  } catch (err) {
    await xmpp.stop().catch(() => undefined);
    const e = err as { condition?: string; code?: string; message?: string };
    // A wrong password or a server that cannot be reached is one line for the person at the terminal, not a stack trace.
    throw new SayFailure(`cannot sign in as ${jid}${service ? ` at ${service}` : ""}: ${e.condition ?? e.code ?? e.message ?? String(err)}`);
  }
  // Available presence: Ferry's progress and reports go to the bare JID, which reaches only available resources.
  await xmpp.send(xml("presence"));
  await xmpp.send(xml("message", { type: "chat", to, ...(lang ? { "xml:lang": lang } : {}) }, xml("body", {}, message)));
  await done;
  await xmpp.stop();
}
