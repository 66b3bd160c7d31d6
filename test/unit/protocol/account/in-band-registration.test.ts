import { describe, expect, it } from "vitest";
import { Parser, type Element } from "@xmpp/xml";
import { parseRegistrationQuery } from "../../../../src/protocol/account/in-band-registration.ts";

function parse(text: string): Element {
  let root: Element | undefined;
  const parser = new Parser();
  parser.on("element", (el: Element) => {
    root = el;
  });
  parser.on("start", (el: Element) => {
    root = el;
  });
  parser.write(`<wrap>${text}</wrap>`);
  if (!root) throw new Error("no element");
  return root;
}

describe("parseRegistrationQuery", () => {
  it("reads a legacy form", () => {
    const query = parse(`<query xmlns='jabber:iq:register'>
      <instructions>Choose a username and password.</instructions>
      <username/><password/><email/><key>abc</key>
    </query>`);
    expect(parseRegistrationQuery(query)).toEqual({
      kind: "open",
      formType: "legacy",
      instructions: "Choose a username and password.",
      fields: [
        { var: "username", type: "text-single", required: true, values: [], options: [], media: [] },
        { var: "password", type: "text-private", required: true, values: [], options: [], media: [] },
        { var: "email", type: "text-single", required: true, values: [], options: [], media: [] },
        { var: "key", type: "hidden", required: false, values: ["abc"], options: [], media: [] },
      ],
    });
  });

  it("passes a XEP-0158 CAPTCHA through with its media and inline data", () => {
    const query = parse(`<query xmlns='jabber:iq:register'>
      <instructions>Use the form.</instructions>
      <x xmlns='jabber:x:data' type='form'>
        <instructions>Fill in the form and solve the CAPTCHA.</instructions>
        <field type='hidden' var='FORM_TYPE'><value>urn:xmpp:captcha</value></field>
        <field type='hidden' var='challenge'><value>F3A6292C</value></field>
        <field type='fixed'><value>Type the letters you see</value></field>
        <field type='text-single' var='username' label='User'><required/></field>
        <field type='text-private' var='password' label='Password'><required/></field>
        <field type='list-single' var='lang' label='Language'><desc>Pick one</desc>
          <option label='English'><value>en</value></option><option><value>de</value></option></field>
        <field type='text-single' var='ocr' label='Enter the text you see'>
          <media xmlns='urn:xmpp:media-element' height='80' width='290'>
            <uri type='image/png'>cid:sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org</uri>
            <uri type='image/png'>https://example.org/captcha.png</uri>
          </media><required/></field>
      </x>
      <data xmlns='urn:xmpp:bob' cid='sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org' type='image/png'>iVBO
        Rw0K</data>
    </query>`);
    const form = parseRegistrationQuery(query);
    expect(form.kind).toBe("open");
    if (form.kind !== "open") return;
    expect(form.formType).toBe("data-form");
    expect(form.instructions).toBe("Fill in the form and solve the CAPTCHA.");
    expect(form.fields.map((f) => f.var)).toEqual(["FORM_TYPE", "challenge", undefined, "username", "password", "lang", "ocr"]);
    expect(form.fields[2]).toEqual({ type: "fixed", required: false, values: ["Type the letters you see"], options: [], media: [] });
    expect(form.fields[5]).toMatchObject({ desc: "Pick one", options: [{ label: "English", value: "en" }, { value: "de" }] });
    expect(form.fields[6]).toMatchObject({
      label: "Enter the text you see",
      required: true,
      media: [
        { uri: "cid:sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org", type: "image/png", width: 290, height: 80, data: "iVBORw0K" },
        { uri: "https://example.org/captcha.png", type: "image/png", width: 290, height: 80 },
      ],
    });
  });

  it("sees an out-of-band URL without fields as web registration", () => {
    const query = parse(`<query xmlns='jabber:iq:register'>
      <instructions>To register, visit https://example.org/register</instructions>
      <x xmlns='jabber:x:oob'><url>https://example.org/signup</url></x>
    </query>`);
    expect(parseRegistrationQuery(query)).toEqual({
      kind: "web",
      url: "https://example.org/signup",
      instructions: "To register, visit https://example.org/register",
    });
  });

  it("finds the URL in instructions when there is no oob element", () => {
    const query = parse(`<query xmlns='jabber:iq:register'><instructions>Sign up at https://example.org/join.</instructions></query>`);
    expect(parseRegistrationQuery(query)).toMatchObject({ kind: "web", url: "https://example.org/join" });
  });

  it("sees an empty answer as closed", () => {
    expect(parseRegistrationQuery(parse(`<query xmlns='jabber:iq:register'><instructions>No.</instructions></query>`))).toEqual({
      kind: "closed",
    });
  });
});
