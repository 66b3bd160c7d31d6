import { loadSettings } from "../../config/settings.ts";
import { Catalog } from "../../i18n/catalog.ts";
import { LOCALES_DIR } from "../../bot.ts";
import { domainOf } from "../../core/jid.ts";
import { probeStore } from "../../store/probe-store.ts";
import { withoutUrlPassword } from "../../store/store-url.ts";
import { readinessProbes } from "../../protocol/bot/readiness-probes.ts";
import type { CheckRequest } from "../command-line.ts";
import { gatherFindings } from "./gather-findings.ts";
import { readinessLines, verdictOf } from "./readiness.ts";
import { renderReadiness } from "./readiness-table.ts";

/**
 * `ferry check`: with the settings `ferry` would run with, signs the bot in,
 * asks what its server, the providers and the store offer, and prints the
 * readiness table. Resolves with the exit status: 0 ready, 1 not ready.
 * A bad setting throws the SettingsError `ferry` would stop with.
 */
export async function runCheck(request: CheckRequest): Promise<number> {
  const settings = loadSettings();
  // A language without a catalogue stops `ferry` at start-up, so it stops the check too.
  Catalog.load(LOCALES_DIR, { defaultLocale: settings.locale, offered: settings.locales });
  const serviceMap = settings.service ? { ...settings.serviceMap, [domainOf(settings.jid)]: settings.service } : settings.serviceMap;
  const timeoutMs = request.timeoutSeconds * 1000;
  const probes = { ...readinessProbes({ jid: settings.jid, password: settings.password, serviceMap, timeoutMs }), store: () => probeStore(settings.store) };
  const subject = { bot: settings.jid, admins: settings.admins, providers: settings.providers, storeUrl: withoutUrlPassword(settings.store, settings.store) };
  const lines = readinessLines(await gatherFindings(subject, probes, timeoutMs));
  const verdict = verdictOf(lines);
  process.stdout.write(renderReadiness(settings.jid, lines, verdict));
  return verdict.ready ? 0 : 1;
}
