import { describe, it, expect, vi } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { RegistrationRequest } from "../../../../src/protocol/account/in-band-registration.ts";

/** The provider's side of XEP-0077, faked: its form, and what reaches it. */
const provider = vi.hoisted(() => ({
  requests: [] as RegistrationRequest[],
  created: (_jid: string, _password: string) => undefined as void,
}));

vi.mock("../../../../src/protocol/account/in-band-registration.ts", async (original) => ({
  ...(await original<object>()),
  ...(await import("../../../support/fake-provider.ts")).fakeProvider({
    requests: provider.requests,
    created: (jid, password) => provider.created(jid, password),
    fields: () => [
      { var: "username", type: "text-single", label: "User" },
      { var: "password", type: "text-private", label: "Password" },
      { var: "password-again", type: "text-private", label: "Password again" },
      { var: "email", type: "text-single", label: "E-mail", required: false },
    ],
  }),
}));

const alice = "alice@old.test";

describe("move to a new account on a provider (XEP-0077)", () => {
  it("sends the provider's own private fields with what the user typed, not a placeholder", async () => {
    const w = unitWorld({ providers: ["new.test"] });
    w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
    provider.created = (jid, password) => void w.accounts.add(jid, password);
    for (const m of ["move", "new", "new-pw", "old-pw"]) await w.chat.handle(alice, m);
    await w.chat.handle(alice, "alice2");
    expect((await w.chat.handle(alice, "new-pw")).join("\n")).toMatch(/E-mail/);
    const plan = (await w.chat.handle(alice, "skip")).join("\n");
    expect(plan).toMatch(/Your new account alice2@new\.test is ready/);
    expect(provider.requests).toEqual([{ username: "alice2", password: "new-pw", extra: { "password-again": "new-pw", email: "" } }]);
    // The private answer never entered the conversation's stored state.
    expect(JSON.stringify(await w.store.get(`session:${alice}`))).not.toContain("new-pw");
  });

  it("after a restart in the middle of the provider's form, asks again for every private answer it lost", async () => {
    provider.requests.length = 0;
    const w = unitWorld({ providers: ["new.test"] });
    w.accounts.add(alice, "old-pw", [{ jid: "romeo@x.test", groups: [], subscription: "both" }]);
    provider.created = (jid, password) => void w.accounts.add(jid, password);
    for (const m of ["move", "new", "new-pw", "old-pw", "alice3", "new-pw"]) await w.chat.handle(alice, m);
    w.restart();
    const again = await w.chat.handle(alice, "a@example.org");
    expect(again[0]).toMatch(/^I need your passwords again/);
    expect(again.at(-1)).toMatch(/password of your new account/);
    expect(await w.chat.handle(alice, "new-pw")).toEqual([expect.stringMatching(/password of this account/)]);
    expect(await w.chat.handle(alice, "old-pw")).toEqual(["Password again"]);
    expect((await w.chat.handle(alice, "new-pw")).join("\n")).toMatch(/alice3@new\.test is ready[\s\S]*Shall I start now/);
    expect(provider.requests).toEqual([{ username: "alice3", password: "new-pw", extra: { "password-again": "new-pw", email: "a@example.org" } }]);
  });
});
