import { describe, it, expect } from "vitest";
import { RateLimiter } from "../../../src/guard/rate-limiter.ts";
import { readIncomingText } from "../../../src/guard/incoming-text.ts";

describe("rate limiter", () => {
  it("allows a burst, warns once, drops, then refills over time", () => {
    let now = 0;
    const limiter = new RateLimiter(60, 3, () => now);
    expect([1, 2, 3].map(() => limiter.take("a"))).toEqual(["ok", "ok", "ok"]);
    expect(limiter.take("a")).toBe("warn");
    expect(limiter.take("a")).toBe("drop");
    expect(limiter.take("b")).toBe("ok");
    now += 1000; // one token per second at 60/min
    expect(limiter.take("a")).toBe("ok");
    now += 10_000;
    limiter.sweep();
    expect(limiter.size).toBe(0);
  });
});

describe("incoming text", () => {
  it("strips controls and bidi overrides, and caps length", () => {
    expect(readIncomingText("he\u0085l\u202ep\u0007 ", 100)).toEqual({ kind: "text", text: "help" });
    expect(readIncomingText(" \u0000 ", 100)).toEqual({ kind: "empty" });
    expect(readIncomingText("x".repeat(101), 100)).toEqual({ kind: "too-long", length: 101 });
  });
});
