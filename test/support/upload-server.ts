import { afterAll, beforeAll } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Where a user's client uploaded a file (XEP-0363), for tests of shared files:
 * an HTTP server on loopback serving `body`, started before the file's tests
 * and stopped after them. `url` is the link a client would share.
 */
export function uploadedFile(body: string, path = "/upload/contacts.txt") {
  let server: Server;
  let url = "";
  beforeAll(async () => {
    server = createServer((_req, res) => res.end(body));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    get url() {
      return url;
    },
  };
}
