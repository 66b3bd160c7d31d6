import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { xml } from "@xmpp/client";
import { SaxesParser } from "saxes";
import { startProsody, type ProsodyServer } from "../../src/devserver/prosody.ts";
import { freePort } from "../../src/devserver/child-server.ts";
import { signIn, type AccountSession } from "../../src/protocol/connection/account-session.ts";
import { fetchRegistrationForm, registerAccount } from "../../src/protocol/account/in-band-registration.ts";
import { uploadFile } from "../../src/protocol/account/http-upload.ts";
import { downloadFile } from "../../src/net/guarded-download.ts";
import { exportAccount } from "../../src/protocol/account/xep0227-export.ts";
import { parseXep0227 } from "../../src/importers/parse-xep0227.ts";

const run = promisify(execFile);

let server: ProsodyServer;
let serviceMap: Record<string, string>;
const sessions: AccountSession[] = [];

const mapOf = (s: ProsodyServer): Record<string, string> => Object.fromEntries(s.hosts.map((h) => [h, s.service]));

async function account(local: string, host = "old.test"): Promise<AccountSession> {
  const password = `${local}-pw-1`;
  await server.register(local, host, password);
  const session = await signIn(`${local}@${host}`, password, { serviceMap });
  sessions.push(session);
  return session;
}

beforeAll(async () => {
  server = await startProsody({ hosts: ["old.test", "new.test"], upload: true, iterations: 128 });
  serviceMap = mapOf(server);
});

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  await server?.stop();
});

describe("XEP-0077 in-band registration on Prosody 0.12", () => {
  it("reads the registration form as a data form with username and password", async () => {
    const form = await fetchRegistrationForm("new.test", serviceMap);
    expect(form.kind).toBe("open");
    if (form.kind !== "open") return;
    expect(form.formType).toBe("data-form");
    expect(form.instructions).toBeTruthy();
    expect(form.fields).toEqual([
      { var: "FORM_TYPE", type: "hidden", required: false, values: ["jabber:iq:register"], options: [], media: [] },
      { var: "username", type: "text-single", label: "Username", required: true, values: [], options: [], media: [] },
      { var: "password", type: "text-private", label: "Password", required: true, values: [], options: [], media: [] },
    ]);
  });

  it("creates an account that can then sign in", async () => {
    const result = await registerAccount("new.test", serviceMap, { username: "Newbie", password: "fresh-pw-1" });
    expect(result).toEqual({ ok: true, jid: "newbie@new.test" });
    const session = await signIn("newbie@new.test", "fresh-pw-1", { serviceMap });
    await session.close();
  });

  it("reports a taken username as conflict", async () => {
    await registerAccount("new.test", serviceMap, { username: "taken", password: "pw-1" });
    const again = await registerAccount("new.test", serviceMap, { username: "taken", password: "other-pw" });
    expect(again).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("sees a server with registration disabled as closed", async () => {
    const closed = await startProsody({ hosts: ["closed.test"], extraConfig: "allow_registration = false" });
    try {
      // The later line in the global section wins over the default `allow_registration = true`.
      expect(await readFile(closed.configFile, "utf8")).toMatch(/allow_registration = true[\s\S]*allow_registration = false/);
      expect(await fetchRegistrationForm("closed.test", mapOf(closed))).toEqual({ kind: "closed" });
      expect(await registerAccount("closed.test", mapOf(closed), { username: "x", password: "y" })).toEqual({ ok: false, reason: "closed" });
    } finally {
      await closed.stop();
    }
  });

  it("reports a server that does not answer as unreachable", async () => {
    const nowhere = { "gone.test": `xmpp://127.0.0.1:${await freePort()}` };
    expect(await registerAccount("gone.test", nowhere, { username: "x", password: "y" })).toEqual({ ok: false, reason: "unreachable" });
    await expect(fetchRegistrationForm("gone.test", nowhere)).rejects.toMatchObject({ reason: "unreachable" });
  });
});

describe("XEP-0363 upload and guarded download", () => {
  let getUrl: string;
  const data = new TextEncoder().encode("Ferry export <test> & more\n".repeat(100));

  beforeAll(async () => {
    const session = await account("uploader");
    const result = await uploadFile(session, { filename: "backup & notes.xml", contentType: "application/xml", data });
    if (!("getUrl" in result)) throw new Error(`upload failed: ${JSON.stringify(result)}`);
    getUrl = result.getUrl;
  });

  it("uploads a file whose GET URL serves the same bytes", async () => {
    expect(getUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/upload-old\.test\//);
    const response = await fetch(getUrl);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(data);
  });

  it("refuses a file above the service's max-file-size before asking for a slot", async () => {
    const session = await account("bigfile");
    const big = new Uint8Array(16 * 1024 * 1024 + 1);
    expect(await uploadFile(session, { filename: "big.bin", contentType: "application/octet-stream", data: big })).toEqual({
      error: "too-large",
      detail: String(16 * 1024 * 1024),
    });
  });

  it("refuses loopback without allowPrivate and downloads with it", async () => {
    expect(await downloadFile(getUrl, { maxBytes: 1_000_000, timeoutMs: 5_000 })).toEqual({ error: "private-address", detail: "127.0.0.1" });
    const got = await downloadFile(getUrl, { maxBytes: 1_000_000, timeoutMs: 5_000, allowPrivate: true });
    expect(got).toBeInstanceOf(Uint8Array);
    expect(new Uint8Array(got as Uint8Array)).toEqual(data);
  });

  it("refuses a declared Content-Length above maxBytes", async () => {
    expect(await downloadFile(getUrl, { maxBytes: 100, timeoutMs: 5_000, allowPrivate: true })).toEqual({
      error: "too-large",
      detail: String(data.byteLength),
    });
  });

  describe("against a local HTTP server", () => {
    let http: Server;
    let base: string;
    let bytesSent = 0;

    beforeAll(async () => {
      http = createServer((req, res) => {
        if (req.url === "/endless") {
          // Chunked, no Content-Length: only counting while streaming can stop it.
          res.writeHead(200, { "content-type": "application/octet-stream" });
          const chunk = Buffer.alloc(16 * 1024, 120);
          const pump = () => {
            while (!res.destroyed && bytesSent < 50 * 1024 * 1024) {
              bytesSent += chunk.length;
              if (!res.write(chunk)) return void res.once("drain", pump);
            }
            res.end();
          };
          pump();
        } else if (req.url === "/redirect") {
          res.writeHead(302, { location: "/small" }).end();
        } else if (req.url === "/small") {
          res.writeHead(200).end("small");
        } else if (req.url === "/missing") {
          res.writeHead(404).end();
        }
        // /silent: never answers.
      });
      await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
      const address = http.address();
      base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    });

    afterAll(async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    });

    const opts = { maxBytes: 64 * 1024, timeoutMs: 3_000, allowPrivate: true };

    it("aborts a chunked body once it passes maxBytes", async () => {
      expect(await downloadFile(`${base}/endless`, opts)).toEqual({ error: "too-large" });
      // The sender was cut off long before its 50 MB.
      expect(bytesSent).toBeLessThan(10 * 1024 * 1024);
    });

    it("follows a redirect, reports HTTP errors and times out", async () => {
      expect(new TextDecoder().decode((await downloadFile(`${base}/redirect`, opts)) as Uint8Array)).toBe("small");
      expect(await downloadFile(`${base}/missing`, opts)).toEqual({ error: "http-status", detail: "404" });
      const started = Date.now();
      expect(await downloadFile(`${base}/silent`, { ...opts, timeoutMs: 300 })).toEqual({ error: "timeout" });
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it("refuses other schemes and private addresses by name", async () => {
      expect(await downloadFile("file:///etc/passwd", opts)).toEqual({ error: "bad-url", detail: "file:" });
      expect(await downloadFile(`${base.replace("127.0.0.1", "localhost")}/small`, { maxBytes: 100, timeoutMs: 3_000 })).toMatchObject({
        error: "private-address",
      });
    });
  });
});

interface Node {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** A namespace-aware tree of the export, failing on comments. */
function parseTree(text: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.on("comment", () => {
    throw new Error("comment in export");
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix !== "xmlns" && a.name !== "xmlns") attrs[a.local] = a.value;
    const node: Node = { name: tag.local, ns: tag.uri, attrs, children: [], text: "" };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on("text", (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(text).close();
  if (!root) throw new Error("empty document");
  return root;
}

const child = (n: Node | undefined, name: string, ns?: string): Node | undefined =>
  n?.children.find((c) => c.name === name && (ns === undefined || c.ns === ns));

describe("XEP-0227 export", () => {
  let alice: AccountSession;
  let exported: Awaited<ReturnType<typeof exportAccount>>;

  beforeAll(async () => {
    await server.register("bob", "old.test", "bob-pw-1");
    alice = await account("alice");
    const item = (jid: string, name: string | undefined, groups: string[]) =>
      xml("item", { jid, ...(name ? { name } : {}) }, ...groups.map((g) => xml("group", {}, g)));
    await alice.iq(
      "set",
      xml(
        "query",
        { xmlns: "jabber:iq:roster" },
        item("bob@old.test", `Bob "the <Builder>" & Co`, ["Friends & Family", "Work"]),
      ),
    );
    await alice.iq("set", xml("query", { xmlns: "jabber:iq:roster" }, item("carol@new.test", undefined, ["Work"])));
    await alice.iq("set", xml("query", { xmlns: "jabber:iq:roster" }, item("dave@old.test", "Dave", [])));
    // A pending outgoing request: bob exists but never answers.
    await alice.send(xml("presence", { type: "subscribe", to: "bob@old.test" }));
    await alice.iq("set", xml("vCard", { xmlns: "vcard-temp" }, xml("FN", {}, "Alice Liddell"), xml("NICKNAME", {}, "ali")));
    await alice.iq(
      "set",
      xml(
        "pubsub",
        { xmlns: "http://jabber.org/protocol/pubsub" },
        xml(
          "publish",
          { node: "http://jabber.org/protocol/nick" },
          xml("item", { id: "current" }, xml("nick", { xmlns: "http://jabber.org/protocol/nick" }, "Ali <3")),
        ),
      ),
    );
    await alice.iq(
      "set",
      xml(
        "query",
        { xmlns: "jabber:iq:private" },
        xml(
          "storage",
          { xmlns: "storage:bookmarks" },
          xml("conference", { jid: "tea@muc.old.test", name: "Tea", autojoin: "true" }, xml("nick", {}, "alice")),
        ),
      ),
    );
    // Let the subscription request reach the roster before reading it.
    await new Promise((r) => setTimeout(r, 200));
    exported = await exportAccount(alice);
  });

  it("counts what it exported", () => {
    expect(exported.counts).toMatchObject({ contacts: 3, vcard: true, bookmarks: 1 });
    // Prosody mirrors legacy bookmarks into PEP (XEP-0402), so the nick node is not alone.
    expect(exported.counts.pepNodes).toBeGreaterThanOrEqual(1);
    expect(exported.counts.pepItems).toBeGreaterThanOrEqual(1);
  });

  it("writes a well-formed XEP-0227 document without comments or credentials", () => {
    const root = parseTree(exported.xml);
    expect(root).toMatchObject({ name: "server-data", ns: "urn:xmpp:pie:0" });
    const host = child(root, "host", "urn:xmpp:pie:0");
    expect(host?.attrs.jid).toBe("old.test");
    const user = child(host, "user", "urn:xmpp:pie:0");
    expect(user?.attrs).toEqual({ name: "alice" });
    expect(exported.xml).not.toMatch(/<!--|password|scram|alice-pw/i);

    const roster = child(user, "query", "jabber:iq:roster");
    const items = Object.fromEntries((roster?.children ?? []).map((i): [string, Node] => [i.attrs.jid ?? "", i]));
    expect(items["bob@old.test"]?.attrs).toMatchObject({ name: `Bob "the <Builder>" & Co`, subscription: "none", ask: "subscribe" });
    // Prosody keeps groups as a set: their order is not preserved.
    expect(items["bob@old.test"]?.children.map((g) => g.text).sort()).toEqual(["Friends & Family", "Work"]);
    expect(items["carol@new.test"]?.attrs.name).toBeUndefined();
    expect(items["dave@old.test"]?.attrs).toMatchObject({ name: "Dave", subscription: "none" });

    const vcard = child(user, "vCard", "vcard-temp");
    expect(child(vcard, "FN", "vcard-temp")?.text).toBe("Alice Liddell");

    const storage = child(child(user, "query", "jabber:iq:private"), "storage", "storage:bookmarks");
    expect(child(storage, "conference", "storage:bookmarks")?.attrs).toMatchObject({ jid: "tea@muc.old.test", name: "Tea" });

    const pubsub = child(user, "pubsub", "http://jabber.org/protocol/pubsub");
    const nickNode = pubsub?.children.find((n) => n.name === "items" && n.attrs.node === "http://jabber.org/protocol/nick");
    const nickItem = child(nickNode, "item", "http://jabber.org/protocol/pubsub");
    expect(nickItem?.attrs.id).toBe("current");
    expect(child(nickItem, "nick", "http://jabber.org/protocol/nick")?.text).toBe("Ali <3");

    const owner = child(user, "pubsub", "http://jabber.org/protocol/pubsub#owner");
    const configure = owner?.children.find((n) => n.name === "configure" && n.attrs.node === "http://jabber.org/protocol/nick");
    const form = child(configure, "x", "jabber:x:data");
    expect(form?.attrs.type).toBe("submit");
    const accessModel = form?.children.find((f) => f.attrs.var === "pubsub#access_model");
    expect(accessModel?.children[0]?.text).toBe("presence");
  });

  it("reads back with Ferry's own XEP-0227 importer", () => {
    const parsed = parseXep0227(exported.xml);
    const bob = parsed.entries.find((e) => e.address === "bob@old.test");
    expect(bob).toMatchObject({ name: `Bob "the <Builder>" & Co`, ask: true });
    expect(bob?.groups.slice().sort()).toEqual(["Friends & Family", "Work"]);
    expect(parsed.entries).toHaveLength(3);
  });

  it("imports into a fresh Prosody with prosody-migrator", async () => {
    const migrator = "/usr/bin/prosody-migrator";
    try {
      await access(migrator);
    } catch {
      return; // Not installed here: nothing to check.
    }
    const restore = await startProsody({ hosts: ["old.test"], iterations: 128 });
    const work = await mkdtemp(join(tmpdir(), "ferry-migrate-"));
    try {
      await restore.register("alice", "old.test", "restored-pw-1");
      await restore.halt();
      // The xep0227 driver reads `<user@host>.xml` from the migrator's compiled-in data folder.
      const script = join(work, "migrator.lua");
      await writeFile(script, (await readFile(migrator, "utf8")).replace(/^CFG_DATADIR=.*$/m, `CFG_DATADIR=${JSON.stringify(work)};`));
      await writeFile(join(work, "alice@old.test.xml"), exported.xml);
      const stores = `{ "roster", "vcard", "private", "pep-pubsub" }`;
      await writeFile(
        join(work, "migrator.cfg.lua"),
        [
          `input { type = "xep0227"; hosts = { ["old.test"] = ${stores} } }`,
          `output { type = "internal"; path = ${JSON.stringify(join(restore.dir, "data"))}; hosts = { ["old.test"] = ${stores} } }`,
        ].join("\n"),
      );
      const interpreter = (await readFile(migrator, "utf8")).split("\n")[0]!.replace(/^#!\s*(\/usr\/bin\/env\s+)?/, "");
      const { stdout } = await run(interpreter, [script, "--root", "--keep-going", `--config=${join(work, "migrator.cfg.lua")}`, "input", "output"], {
        cwd: work,
        timeout: 30_000,
      });
      // --keep-going turns failures into log lines at level "error".
      expect(stdout).not.toMatch(/\terror\t|Error migrating/i);
      await restore.start();
      const back = await signIn("alice@old.test", "restored-pw-1", { serviceMap: mapOf(restore) });
      try {
        const roster = await back.iq("get", xml("query", { xmlns: "jabber:iq:roster" }));
        const bob = roster.getChild("query")?.getChildren("item").find((i) => i.attrs.jid === "bob@old.test");
        expect(bob?.attrs.name).toBe(`Bob "the <Builder>" & Co`);
        expect(bob?.getChildren("group").map((g) => g.text()).sort()).toEqual(["Friends & Family", "Work"]);
        const vcard = await back.iq("get", xml("vCard", { xmlns: "vcard-temp" }));
        expect(vcard.getChild("vCard")?.getChildText("FN")).toBe("Alice Liddell");
        const nick = await back.iq(
          "get",
          xml("pubsub", { xmlns: "http://jabber.org/protocol/pubsub" }, xml("items", { node: "http://jabber.org/protocol/nick" })),
          "alice@old.test",
        );
        const item = nick.getChild("pubsub")?.getChild("items")?.getChild("item");
        expect(item?.getChildText("nick", "http://jabber.org/protocol/nick")).toBe("Ali <3");
      } finally {
        await back.close();
      }
    } finally {
      await restore.stop();
      await rm(work, { recursive: true, force: true });
    }
  });
});
