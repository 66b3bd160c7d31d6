import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";

const alice = "alice@old.test";

describe("the move command's ad-hoc form", () => {
  it("shows the new address as a jid-single field, masks only the passwords, and refuses an invalid address", async () => {
    const w = unitWorld();
    w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
    w.accounts.add("alice@new.test", "new-pw");
    const first = await w.adhoc.handle({ user: alice, node: "move", action: "execute" });
    if (!("form" in first) || !first.form) throw new Error(`no form: ${JSON.stringify(first)}`);
    expect(first.form.fields.map((f) => [f.var, f.type])).toEqual([
      ["new-jid", "jid-single"],
      ["new-password", "text-private"],
      ["old-password", "text-private"],
    ]);
    const submit = (jid: string) =>
      w.adhoc.handle({ user: alice, node: "move", sessionid: first.sessionid, action: "next", values: { "new-jid": [jid], "new-password": ["new-pw"], "old-password": ["old-pw"] } });
    const bad = await submit("alice at new");
    expect("notes" in bad && bad.notes.map((n) => [n.type, n.text])).toEqual([["error", expect.stringMatching(/"alice at new" is not an XMPP address/)]]);
    // Refused, not taken: the same form again, in the same session.
    if (!("form" in bad) || !bad.form) throw new Error(`no form: ${JSON.stringify(bad)}`);
    expect(bad.sessionid).toBe(first.sessionid);
    expect(bad.form.fields.map((f) => f.var)).toEqual(["new-jid", "new-password", "old-password"]);
    const plan = await submit("xmpp:Alice@New.Test");
    if (!("form" in plan) || !plan.form) throw new Error(`no form: ${JSON.stringify(plan)}`);
    expect(plan.form.instructions.join("\n")).toMatch(/Here is the plan for moving to alice@new\.test/);
    const conversation = `adhoc:${first.sessionid}`;
    expect(w.deps.secrets.has(conversation, "new-password")).toBe(true);
    expect(w.deps.secrets.has(conversation, "new-jid")).toBe(false);
  });
});
