import { describe, it, expect } from "vitest";
import { readdirSync } from "node:fs";
import { unitWorld, LOCALES_DIR } from "../../support/unit-world.ts";
import { COMMANDS } from "../../../flows/registry.ts";

const locales = readdirSync(LOCALES_DIR).sort();
const menu = (id: string) => String(COMMANDS.filter((c) => !c.adminOnly).findIndex((c) => c.id === id) + 1);

/**
 * The full help and move conversation in every language, kept as reviewed
 * fixtures: a change of wording shows up as a diff someone has to accept.
 * Inputs are locale-neutral (menu numbers, addresses, 1/0 for yes/no).
 */
describe.each(locales)("the %s conversation", (locale) => {
  it("matches the reviewed transcript", async () => {
    const w = unitWorld();
    const user = "juliet@capulet.example";
    w.accounts.add(user, "old-pw", [
      { jid: "romeo@montague.example", name: "Romeo", groups: ["Verona"], subscription: "both" },
      { jid: "nurse@capulet.example", groups: [], subscription: "from" },
      { jid: "msn.capulet.example", groups: [], subscription: "both" },
    ]);
    w.accounts.add("juliet@new.example", "new-pw");
    // The new server takes uploads, so the plan offers a backup (declined: no upload is made).
    w.accounts.uploads.set("new.example", "http://127.0.0.1:9/unused");
    const transcript: string[] = [];
    const say = async (text: string) => {
      transcript.push(`> ${text}`, ...(await w.chat.handle(user, text)).map((r) => `< ${r}`));
    };
    await say(`language ${locale}`);
    await say("help");
    for (const text of [menu("move"), "juliet@new.example", "wrong", "old-pw", "new-pw", "1", "0", "6"]) await say(text);
    for (let i = 0; i < 200 && w.notices.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    transcript.push(...w.notices.map((n) => `< ${n.text}`));
    await expect(transcript.join("\n") + "\n").toMatchFileSnapshot(`./transcripts/${locale}.txt`);
  });
});

/** The menu an admin sees (broadcast, broadcasts, stats among the commands), in every language. */
describe.each(locales)("the %s admin help", (locale) => {
  it("matches the reviewed transcript", async () => {
    const admin = "boss@capulet.example";
    const w = unitWorld({ admins: [admin] });
    const transcript: string[] = [];
    for (const text of [`language ${locale}`, "help"]) transcript.push(`> ${text}`, ...(await w.chat.handle(admin, text)).map((r) => `< ${r}`));
    await expect(transcript.join("\n") + "\n").toMatchFileSnapshot(`./transcripts/admin/${locale}.txt`);
  });
});
