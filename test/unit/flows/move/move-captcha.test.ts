import { describe, it, expect, vi, beforeEach } from "vitest";
import { xml, type Client } from "@xmpp/client";
import type { Element } from "@xmpp/xml";
import { unitWorld } from "../../../support/unit-world.ts";
import { createLogger } from "../../../../src/log/logger.ts";
import { respondToAdhoc } from "../../../../src/protocol/bot/adhoc-responder.ts";
import { NS_COMMANDS } from "../../../../src/protocol/namespaces.ts";
import type { RegistrationRequest } from "../../../../src/protocol/account/in-band-registration.ts";
import type { FormMedia } from "../../../../src/protocol/bot/data-forms.ts";
import type { UploadFile, UploadResult } from "../../../../src/protocol/account/http-upload.ts";

const CID = "sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org";
const PNG = Buffer.from("\x89PNG\r\n\x1a\n captcha pixels", "latin1");

/** A provider whose XEP-0077 form has a XEP-0158 CAPTCHA, and an account server with XEP-0363 upload, both faked. */
const fake = vi.hoisted(() => ({
  captcha: [] as FormMedia[],
  requests: [] as RegistrationRequest[],
  uploads: [] as { account: string; file: UploadFile }[],
  upload: { getUrl: "https://upload.old.test/abc/captcha.png" } as UploadResult,
}));

vi.mock("../../../../src/protocol/account/in-band-registration.ts", async (original) => ({
  ...(await original<object>()),
  ...(await import("../../../support/fake-provider.ts")).fakeProvider({
    requests: fake.requests,
    fields: () => [
      { var: "FORM_TYPE", type: "hidden", values: ["urn:xmpp:captcha"] },
      { var: "challenge", type: "hidden", values: ["F3A6292C"] },
      { var: "username", type: "text-single", label: "User" },
      { var: "password", type: "text-private", label: "Password" },
      { var: "ocr", type: "text-single", label: "Enter the text you see", media: fake.captcha },
    ],
  }),
}));

vi.mock("../../../../src/protocol/account/http-upload.ts", async (original) => ({
  ...(await original<object>()),
  uploadFile: async (session: { jid: string }, file: UploadFile) => {
    fake.uploads.push({ account: session.jid, file });
    return fake.upload;
  },
}));

const alice = "alice@old.test";
const inline: FormMedia = { uri: `cid:${CID}`, type: "image/png", width: 290, height: 80, data: PNG.toString("base64") };

function world() {
  const w = unitWorld({ providers: ["new.test"] });
  w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
  return w;
}

/** Chat up to the CAPTCHA question; returns it. */
async function chatToCaptcha(w: ReturnType<typeof world>): Promise<string> {
  for (const m of ["move", "new", "new-pw", "old-pw"]) await w.chat.handle(alice, m);
  return (await w.chat.handle(alice, "alice2")).join("\n");
}

beforeEach(() => {
  fake.requests.length = 0;
  fake.uploads.length = 0;
  fake.upload = { getUrl: "https://upload.old.test/abc/captcha.png" };
});

describe("a provider's CAPTCHA (XEP-0158) on the way to a new account", () => {
  it("ad-hoc: the form field carries the media element and the command response the inline image (XEP-0221, XEP-0231)", async () => {
    fake.captcha = [inline];
    const w = world();
    let handler: ((ctx: { stanza: Element; element: Element }) => Promise<Element>) | undefined;
    const client = { iqCallee: { set: (_ns: string, _name: string, h: typeof handler) => (handler = h) } } as unknown as Client;
    respondToAdhoc(client, w.adhoc, createLogger("silent"));
    const command = (attrs: Record<string, string>, ...children: Element[]) => {
      const element = xml("command", { xmlns: NS_COMMANDS, node: "move", ...attrs }, ...children);
      return handler!({ stanza: xml("iq", { type: "set", from: `${alice}/phone` }, element), element });
    };
    const first = await command({ action: "execute" });
    const values = { "new-jid": "new", "new-password": "new-pw", "old-password": "old-pw" };
    const submit = xml("x", { xmlns: "jabber:x:data", type: "submit" }, ...Object.entries(values).map(([k, v]) => xml("field", { var: k }, xml("value", {}, v))));
    const signUp = await command({ action: "next", sessionid: String(first.attrs.sessionid) }, submit);

    const ocr = signUp.getChild("x", "jabber:x:data")!.getChildren("field").find((f) => f.attrs.var === "ocr")!;
    const media = ocr.getChild("media", "urn:xmpp:media-element");
    expect(media?.attrs).toMatchObject({ width: "290", height: "80" });
    expect(media?.getChildren("uri").map((u) => [u.attrs.type, u.text()])).toEqual([["image/png", `cid:${CID}`]]);
    const bob = signUp.getChildren("data", "urn:xmpp:bob");
    expect(bob.map((d) => d.attrs)).toEqual([{ xmlns: "urn:xmpp:bob", cid: CID, type: "image/png", "max-age": "0" }]);
    expect(Buffer.from(bob[0]!.text(), "base64")).toEqual(PNG);
    // The form shows the image itself: nothing is uploaded for it.
    expect(fake.uploads).toEqual([]);
  });

  it("chat: an inline image is uploaded through the user's own account and given as a link", async () => {
    fake.captcha = [inline];
    const w = world();
    const prompt = await chatToCaptcha(w);
    expect(prompt).toMatch(/Enter the text you see\nTo see it, open: https:\/\/upload\.old\.test\/abc\/captcha\.png/);
    expect(fake.uploads).toHaveLength(1);
    expect(fake.uploads[0]!.account).toBe(alice);
    expect(fake.uploads[0]!.file).toMatchObject({ contentType: "image/png", filename: expect.stringMatching(/\.png$/) });
    expect("data" in fake.uploads[0]!.file && Buffer.from(fake.uploads[0]!.file.data)).toEqual(PNG);
    await w.chat.handle(alice, "x7kq2");
    // The answer goes with the challenge it answers, though registering fetches the form again.
    expect(fake.requests).toEqual([expect.objectContaining({ username: "alice2", extra: { FORM_TYPE: "urn:xmpp:captcha", challenge: "F3A6292C", ocr: "x7kq2" } })]);
  });

  it("chat: when the image cannot be uploaded, says plainly where the CAPTCHA can be answered", async () => {
    fake.captcha = [inline];
    fake.upload = { error: "no-upload-service" };
    const w = world();
    const prompt = await chatToCaptcha(w);
    expect(prompt).toMatch(/Enter the text you see\nThis provider sends its CAPTCHA in a form I cannot show in chat\. Please answer it in your client's ad-hoc command \*move\*/);
    expect(prompt).not.toContain("cid:");
  });

  it("chat: an http(s) image is given as it is, without an upload", async () => {
    fake.captcha = [{ ...inline }, { uri: "https://provider.example/captcha/F3A6292C.png", type: "image/png" }];
    const w = world();
    const prompt = await chatToCaptcha(w);
    expect(prompt).toMatch(/To see it, open: https:\/\/provider\.example\/captcha\/F3A6292C\.png/);
    expect(fake.uploads).toEqual([]);
  });
});
