import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { unitWorld } from "../../../support/unit-world.ts";

/** What happened in which order: the parse (as the import flow calls it) and another user's conversation. */
const timeline = vi.hoisted(() => [] as string[]);

vi.mock("../../../../src/importers/parse-in-worker.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../../../src/importers/parse-in-worker.ts")>();
  return {
    ...real,
    parseImportInWorker: (...args: Parameters<typeof real.parseImportInWorker>) => {
      timeline.push("parse started");
      return real.parseImportInWorker(...args).finally(() => timeline.push("parse finished"));
    },
  };
});

const CONTACTS = 20_000;
/** An account export with 20,000 contacts (about 2 MB), as a big Prosody user's would be. */
const bigExport = `<?xml version='1.0'?>\n<server-data xmlns='urn:xmpp:pie:0'><host jid='old.test'><user name='alice'><query xmlns='jabber:iq:roster'>\n${Array.from(
  { length: CONTACTS },
  (_, i) => `<item jid='user${i}@example.net' name='Person ${i}' subscription='both'><group>G${i % 50}</group></item>\n`,
).join("")}</query></user></host></server-data>\n`;

describe("a 20,000-contact file does not stall other users", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_, res) => res.end(bigExport));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/contacts.xml`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("another user's conversation goes on while the file is being parsed", async () => {
    const w = unitWorld();
    await w.chat.handle("alice@old.test", "import");
    const preview = w.chat.handle("alice@old.test", url);
    for (let i = 0; i < 1000 && !timeline.includes("parse started"); i++) await new Promise((r) => setTimeout(r, 5));

    expect((await w.chat.handle("bob@old.test", "help")).join("\n")).toMatch(/1\. \*move\*/);
    timeline.push("bob answered");

    expect((await preview).join("\n")).toMatch(/20,000 contacts can be added/);
    expect(timeline).toEqual(["parse started", "bob answered", "parse finished"]);
  });
});
