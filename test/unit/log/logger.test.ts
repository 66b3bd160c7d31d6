import { describe, it, expect } from "vitest";
import { Writable } from "node:stream";
import { createLogger } from "../../../src/log/logger.ts";

function capture() {
  const lines: string[] = [];
  const sink = new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) });
  return { lines, log: createLogger("trace", sink) };
}

describe("root logger", () => {
  it("redacts passwords and tokens at any usual depth, also in child loggers", () => {
    const { lines, log } = capture();
    log.info({ password: "p1", job: { password: "p2", oldPassword: "p3" }, token: "t1" }, "x");
    log.child({ part: "move" }).info({ values: { "new-password": "p4", "old-password": "p5" }, credentials: { password: "p6" } }, "y");
    const text = lines.join("");
    for (const secret of ["p1", "p2", "p3", "t1", "p4", "p5", "p6"]) expect(text).not.toContain(`"${secret}"`);
    expect(text).toContain("[redacted]");
  });
});
