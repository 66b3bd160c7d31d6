import { describe, it, expect } from "vitest";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSettings, SettingsError } from "../../../src/config/settings.ts";

const base = { FERRY_JID: "Migrate@Old.Example", FERRY_PASSWORD: "pw" };

describe("settings", () => {
  it("fills defaults; without FERRY_SERVICE the bot's domain is looked up like any account's", () => {
    const s = loadSettings(base);
    expect(s).toMatchObject({ jid: "migrate@old.example", service: undefined, store: "sqlite://./data/ferry.sqlite", locale: "en", admins: [], allowOtherDomains: true });
  });

  it("reads FERRY_SERVICE_MAP per domain", () => {
    const s = loadSettings({ ...base, FERRY_SERVICE_MAP: "old.example=xmpp://127.0.0.1:5299, New.Example=xmpp://127.0.0.1:5300" });
    expect(s.serviceMap).toEqual({ "old.example": "xmpp://127.0.0.1:5299", "new.example": "xmpp://127.0.0.1:5300" });
  });

  it("reads FERRY_JOB_LEASE_MS: a minute unless set, at least a second", () => {
    expect(loadSettings(base).jobLeaseMs).toBe(60_000);
    expect(loadSettings({ ...base, FERRY_JOB_LEASE_MS: "3000" }).jobLeaseMs).toBe(3000);
    expect(() => loadSettings({ ...base, FERRY_JOB_LEASE_MS: "999" })).toThrow("FERRY_JOB_LEASE_MS: must be at least 1000");
  });

  it("reads FERRY_METRICS as host:port, and without it there is no metrics endpoint", () => {
    expect(loadSettings(base).metrics).toBeUndefined();
    expect(loadSettings({ ...base, FERRY_METRICS: "127.0.0.1:9464" }).metrics).toEqual({ host: "127.0.0.1", port: 9464 });
    expect(loadSettings({ ...base, FERRY_METRICS: "[::1]:9464" }).metrics).toEqual({ host: "::1", port: 9464 });
    expect(loadSettings({ ...base, FERRY_METRICS: "metrics.internal:80" }).metrics).toEqual({ host: "metrics.internal", port: 80 });
  });

  it("reads FERRY_SUBSCRIBE_RATE: 5 then a quiet minute unless set, 0 for none, a clear message otherwise", () => {
    expect(loadSettings(base).subscribeRate).toEqual({ burst: 5, quietSeconds: 60 });
    expect(loadSettings({ ...base, FERRY_SUBSCRIBE_RATE: "10/120s" }).subscribeRate).toEqual({ burst: 10, quietSeconds: 120 });
    expect(loadSettings({ ...base, FERRY_SUBSCRIBE_RATE: "0" }).subscribeRate).toBeUndefined();
    expect(() => loadSettings({ ...base, FERRY_SUBSCRIBE_RATE: "5 per minute" })).toThrow("FERRY_SUBSCRIBE_RATE: must be COUNT/SECONDSs like 5/60s, or 0 (no limit)");
  });

  it("spells language tags as the catalogue folders do", () => {
    expect(loadSettings({ ...base, FERRY_LOCALE: "pt-br", FERRY_LOCALES: " PT-BR, de,De " })).toMatchObject({ locale: "pt-BR", locales: ["pt-BR", "de"] });
  });

  it.each([
    [{ FERRY_PASSWORD: "x" }, "FERRY_JID"],
    [{ ...base, FERRY_JID: "not a jid" }, "FERRY_JID"],
    [{ ...base, FERRY_ADMINS: "ok@x.org, bad jid" }, "FERRY_ADMINS"],
    [{ ...base, FERRY_STORE: "mysql://x" }, "FERRY_STORE"],
    [{ ...base, FERRY_LOG_LEVEL: "loud" }, "FERRY_LOG_LEVEL"],
    [{ ...base, FERRY_ALLOW_OTHER_DOMAINS: "maybe" }, "FERRY_ALLOW_OTHER_DOMAINS"],
    [{ ...base, FERRY_MAX_MESSAGE_CHARS: "-1" }, "FERRY_MAX_MESSAGE_CHARS"],
    [{ ...base, FERRY_LOCALE: "english" }, "FERRY_LOCALE"],
    [{ ...base, FERRY_LOCALES: "de, pt_BR" }, "FERRY_LOCALES"],
    [{ ...base, FERRY_JOB_LEASE_MS: "soon" }, "FERRY_JOB_LEASE_MS"],
    [{ ...base, FERRY_JOB_LEASE_MS: "1500.5" }, "FERRY_JOB_LEASE_MS"],
    [{ ...base, FERRY_METRICS: "9464" }, "FERRY_METRICS"],
    [{ ...base, FERRY_METRICS: "127.0.0.1:99999" }, "FERRY_METRICS"],
    [{ ...base, FERRY_METRICS: "http://127.0.0.1:9464/metrics" }, "FERRY_METRICS"],
  ])("names the bad setting (%j)", (env, name) => {
    expect(() => loadSettings(env)).toThrow(SettingsError);
    try {
      loadSettings(env);
    } catch (e) {
      expect((e as SettingsError).setting).toBe(name);
      expect((e as Error).message.startsWith(`${name}: `)).toBe(true);
    }
  });

  describe("import settings", () => {
    const mapFile = (text: string) => {
      const file = join(mkdtempSync(join(tmpdir(), "ferry-map-")), "map.csv");
      writeFileSync(file, text);
      return file;
    };
    /** The one line `ferry` prints for the settings error `env` causes. */
    const settingsError = (env: Record<string, string>): string => {
      try {
        loadSettings({ ...base, ...env });
      } catch (e) {
        expect(e).toBeInstanceOf(SettingsError);
        return (e as Error).message;
      }
      throw new Error("no settings error");
    };

    it("reads FERRY_TRANSPORTS and FERRY_CONTACT_MAP", () => {
      const s = loadSettings({ ...base, FERRY_TRANSPORTS: "MSN=msn.example.org, icq=icq.example.org", FERRY_CONTACT_MAP: mapFile("legacy,jid\njoe@hotmail.com,Joe@New.Example\n") });
      expect(s.transports).toEqual({ msn: "msn.example.org", icq: "icq.example.org" });
      expect([...s.contactMap]).toEqual([["joe@hotmail.com", "joe@new.example"]]);
    });

    it.each([
      ["a gateway that is not a domain", { FERRY_TRANSPORTS: "msn=not a domain" }, /^FERRY_TRANSPORTS: "msn=not a domain" is not network=gateway\.domain/],
      ["a gateway for a network Ferry does not know", { FERRY_TRANSPORTS: "msn=msn.example.org,skype=skype.example.org" }, /^FERRY_TRANSPORTS: "skype=skype\.example\.org"/],
      ["a gateway left out", { FERRY_TRANSPORTS: "msn=" }, /^FERRY_TRANSPORTS: "msn="/],
      ["a map file that does not exist", { FERRY_CONTACT_MAP: "/nonexistent/ferry-map.csv" }, /^FERRY_CONTACT_MAP: cannot read \/nonexistent\/ferry-map\.csv \(ENOENT\)$/],
      ["a map row whose JID is not one", { FERRY_CONTACT_MAP: mapFile("legacy,jid\njoe@hotmail.com,joe@new.example\nann@msn.com,not a jid\n") }, /^FERRY_CONTACT_MAP: \S+ line 3: invalid-address "not a jid"$/],
      ["a map row that maps an address twice", { FERRY_CONTACT_MAP: mapFile("joe@hotmail.com,joe@new.example\nJOE@hotmail.com,joe.other@new.example\n") }, /^FERRY_CONTACT_MAP: \S+ line 2: conflicting-mapping "JOE@hotmail\.com"$/],
      ["a map line with an unclosed quote", { FERRY_CONTACT_MAP: mapFile('joe@hotmail.com,joe@new.example\n"ann@msn.com,ann@new.example\n') }, /^FERRY_CONTACT_MAP: \S+ is not a readable CSV file \(CSV_QUOTE_NOT_CLOSED\)$/],
    ])("%s is a one-line error naming the setting", (_, env, message) => {
      const text = settingsError(env);
      expect(text).toMatch(message);
      expect(text).not.toContain("\n");
    });
  });

  it("reads FERRY_ENV_FILE, with the environment winning", () => {
    const file = join(mkdtempSync(join(tmpdir(), "ferry-env-")), "ferry.env");
    writeFileSync(file, "FERRY_JID=bot@file.example\nFERRY_PASSWORD=from-file\nFERRY_LOCALE=de\n");
    const s = loadSettings({ FERRY_ENV_FILE: file, FERRY_LOCALE: "fr" });
    expect(s).toMatchObject({ jid: "bot@file.example", password: "from-file", locale: "fr" });
  });
});
