import { describe, it, expect } from "vitest";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSettings, SettingsError } from "../../../src/config/settings.ts";

const base = { FERRY_JID: "Migrate@Old.Example", FERRY_PASSWORD: "pw" };

describe("settings", () => {
  it("fills defaults and derives the service from the JID's domain", () => {
    const s = loadSettings(base);
    expect(s).toMatchObject({ jid: "migrate@old.example", service: "xmpp://old.example", store: "sqlite://./data/ferry.sqlite", locale: "en", admins: [], allowOtherDomains: true });
  });

  it("uses FERRY_SERVICE_MAP for the bot's own domain", () => {
    const s = loadSettings({ ...base, FERRY_SERVICE_MAP: "old.example=xmpp://127.0.0.1:5299, new.example=xmpp://127.0.0.1:5300" });
    expect(s.service).toBe("xmpp://127.0.0.1:5299");
    expect(s.serviceMap["new.example"]).toBe("xmpp://127.0.0.1:5300");
  });

  it.each([
    [{ FERRY_PASSWORD: "x" }, "FERRY_JID"],
    [{ ...base, FERRY_JID: "not a jid" }, "FERRY_JID"],
    [{ ...base, FERRY_ADMINS: "ok@x.org, bad jid" }, "FERRY_ADMINS"],
    [{ ...base, FERRY_STORE: "mysql://x" }, "FERRY_STORE"],
    [{ ...base, FERRY_LOG_LEVEL: "loud" }, "FERRY_LOG_LEVEL"],
    [{ ...base, FERRY_ALLOW_OTHER_DOMAINS: "maybe" }, "FERRY_ALLOW_OTHER_DOMAINS"],
    [{ ...base, FERRY_MAX_MESSAGE_CHARS: "-1" }, "FERRY_MAX_MESSAGE_CHARS"],
  ])("names the bad setting (%j)", (env, name) => {
    expect(() => loadSettings(env)).toThrow(SettingsError);
    try {
      loadSettings(env);
    } catch (e) {
      expect((e as SettingsError).setting).toBe(name);
      expect((e as Error).message.startsWith(`${name}: `)).toBe(true);
    }
  });

  it("reads FERRY_ENV_FILE, with the environment winning", () => {
    const file = join(mkdtempSync(join(tmpdir(), "ferry-env-")), "ferry.env");
    writeFileSync(file, "FERRY_JID=bot@file.example\nFERRY_PASSWORD=from-file\nFERRY_LOCALE=de\n");
    const s = loadSettings({ FERRY_ENV_FILE: file, FERRY_LOCALE: "fr" });
    expect(s).toMatchObject({ jid: "bot@file.example", password: "from-file", locale: "fr" });
  });
});
