import { client, type Client } from "@xmpp/client";
import type { Socket } from "node:net";
import { useNativeScram } from "./sasl-scram.ts";
import { withoutStreamManagement } from "./without-stream-management.ts";

type ClientOptions = Parameters<typeof client>[0];

/**
 * An @xmpp/client connection set up the way all of Ferry's connections are:
 * SCRAM on native crypto, no XEP-0198, and TCP_NODELAY. @xmpp/client leaves
 * Nagle's algorithm on, so a request written right after another waits for
 * the first one's TCP acknowledgement (about 40 ms each, measured in
 * `npm run bench`), which made a move of N contacts cost N × 40 ms.
 */
export function ferryClient(options: ClientOptions): Client {
  const xmpp = client(options);
  useNativeScram(xmpp);
  withoutStreamManagement(xmpp);
  xmpp.on("connect", () => (xmpp as unknown as { socket?: Socket }).socket?.setNoDelay?.(true));
  return xmpp;
}
