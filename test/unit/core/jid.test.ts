import { describe, it, expect } from "vitest";
import { normaliseJid, isUserJid } from "../../../src/core/jid.ts";

describe("normaliseJid", () => {
  it("lower-cases and strips the resource", () => {
    expect(normaliseJid(" Juliet@Capulet.EXAMPLE/balcony ")).toBe("juliet@capulet.example");
  });
  it("keeps transport addresses with % in the local part", () => {
    expect(normaliseJid("joe%hotmail.com@msn.example.org")).toBe("joe%hotmail.com@msn.example.org");
  });
  it.each(["a b@example.org", "a'b@example.org", "<x>@example.org", "@example.org", "x@", "x@exa mple.org", "x@-bad..org", "", "a@b@c.org"])(
    "rejects %j",
    (bad) => expect(normaliseJid(bad)).toBeUndefined(),
  );
  it("tells user JIDs from server JIDs", () => {
    expect(isUserJid("msn.example.org")).toBe(false);
    expect(isUserJid("romeo@montague.example")).toBe(true);
  });
});
