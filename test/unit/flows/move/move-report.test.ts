import { describe, it, expect } from "vitest";
import { unitWorld } from "../../../support/unit-world.ts";
import type { Contact } from "../../../../src/core/contact.ts";

const alice = "alice@old.test";
const target = "alice@new.test";

describe("move report", () => {
  it("names every contact that was not moved, continuing long lists in further messages", async () => {
    const w = unitWorld();
    const behindGateway: Contact[] = Array.from({ length: 140 }, (_, i) => ({ jid: `pal${i}%hotmail.com@msn.x.test`, groups: [], subscription: "both" }));
    w.accounts.add(alice, "old-pw", [
      { jid: "romeo@x.test", groups: [], subscription: "both" },
      { jid: "msn.x.test", groups: [], subscription: "both" },
      ...behindGateway,
    ]);
    w.accounts.add(target, "new-pw");
    for (const text of ["move", target, "new-pw", "old-pw", "yes", "no"]) await w.chat.handle(alice, text);

    const first = await w.untilNotice(/Your move to alice@new\.test is done/);
    expect(first).toMatch(/…and 116 more, listed in the next messages\./);
    // The gateway itself and the first 24 contacts behind it fit in the first message.
    expect(first.match(/^• /gm)).toHaveLength(25);
    const all = w.notices.filter((n) => n.user === alice).map((n) => n.text).join("\n");
    for (const c of behindGateway) expect(all).toContain(`• ${c.jid}: a contact behind a legacy network gateway`);
    expect(all.match(/^Not moved:$/gm)).toHaveLength(3);
  });
});
