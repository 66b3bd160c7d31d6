import { fromPromise } from "xstate";
import type { SignInServices } from "../shared/verify-account.ts";
import type { MessageLines } from "../../src/i18n/catalog.ts";
import { cutList } from "../../src/i18n/cut-list.ts";
import type { Contact } from "../../src/core/contact.ts";
import type { JobEngine } from "../../src/jobs/job-engine.ts";
import { newJob } from "../../src/jobs/job.ts";
import { refuseWhileRunning } from "../../src/jobs/already-running.ts";
import { fileProblem, readSharedFile } from "../shared/read-shared-file.ts";
import { parseImportInWorker } from "../../src/importers/parse-in-worker.ts";
import { mapEntries, type ContactMap, type TransportTable, type MappingRule } from "../../src/importers/address-mapping.ts";
import { planImport } from "../shared/import-plan.ts";

/** What the import flow's actors need from the running bot; signing in proves control of the chosen account. */
export interface ImportServices extends SignInServices {
  engine: JobEngine;
  contactMap: ContactMap;
  /** FERRY_TRANSPORTS as network → gateway domain; the escaping is asked of the gateway. */
  transports: Record<string, string>;
  transportEscaping(domain: string): Promise<"xep0106" | "percent">;
  maxBytes: number;
  allowPrivate: boolean;
  /** Whether the client the user writes from takes XEP-0144 suggestions (its disco says so). */
  clientTakesSuggestions(user: string): Promise<boolean>;
  /** Sends the contacts to the user's client as a XEP-0144 suggestion (no password needed). */
  suggest(user: string, contacts: Contact[]): Promise<void>;
}

export interface ImportSummary {
  format: string;
  found: number;
  mapped: number;
  byRule: Record<MappingRule, number>;
  /** Entries added under another address (the address table, a gateway): each shown with its rule, so the user can check them. */
  renamed: number;
  renamedList: MessageLines;
  unmapped: number;
  unmappedList: MessageLines;
  groups: number;
  /** Lines or items of the file that held no usable address: reported, never dropped silently. */
  problems: number;
  problemList: MessageLines;
  /** Contacts whose request to see the user's presence was never answered (XEP-0227): added, neither approved nor asked. */
  unanswered: number;
  unansweredList: MessageLines;
}


/** Reads the file or pasted text, maps addresses to JIDs, and keeps the result as a draft import job. */
export const readImportActor = (s: ImportServices) =>
  fromPromise<ImportSummary, { user: string; text: string }>(async ({ input }) => {
    const { bytes, fileName } = await readSharedFile(input.text, s);
    let parsed;
    try {
      // A XEP-0227 export of a whole server holds many accounts; the user's own is the one to read.
      parsed = await parseImportInWorker(bytes, { fileName, maxBytes: s.maxBytes, user: input.user });
    } catch (err) {
      throw fileProblem(err, s.maxBytes);
    }
    const transports: TransportTable = {};
    for (const [network, domain] of Object.entries(s.transports)) {
      transports[network as keyof TransportTable] = { domain, escaping: await s.transportEscaping(domain) };
    }
    const mapping = mapEntries(parsed.entries, { contactMap: s.contactMap, transports });
    const plan = planImport(mapping, { user: input.user, fromRoster: parsed.format === "xep0227" });
    const job = newJob("import", s.engine.newJobId(), input.user, plan.target, plan.contacts, plan.skipped, plan.groups);
    if (plan.unanswered) job.unanswered = plan.unanswered;
    await refuseWhileRunning(s.engine.store("import"), "import", input.user);
    // A draft until the user picks an account: an abandoned preview leaves the last import's record alone.
    await s.engine.store("import").saveDraft(job);
    const byRule: Record<MappingRule, number> = { "admin-map": 0, xmpp: 0, transport: 0 };
    for (const m of mapping.mapped) byRule[m.rule] += 1;
    // An XMPP address maps to itself: listing it would say nothing.
    const renamed = mapping.mapped.filter((m) => m.rule !== "xmpp");
    return {
      format: parsed.format,
      found: parsed.entries.length,
      mapped: plan.contacts.length,
      byRule,
      renamed: renamed.length,
      renamedList: cutList(renamed, ({ from, contact, rule }) => ({ key: "import-mapped-item", args: { address: from.address, jid: contact.jid, rule } })),
      unmapped: plan.skipped.length,
      unmappedList: cutList(plan.skipped, (x) => ({ key: "report-skipped-item", args: { jid: x.jid, reason: x.reason } })),
      groups: plan.groups.length,
      problems: parsed.problems.length,
      problemList: cutList(parsed.problems, (p) => ({ key: "import-problem-item", args: { code: p.code, line: p.line ?? 0, detail: p.detail ?? "" } })),
      unanswered: plan.unanswered?.length ?? 0,
      unansweredList: cutList(plan.unanswered ?? [], (jid) => ({ key: "import-unanswered-item", args: { jid } })),
    };
  });

/** The account a move in progress writes to, if any: an import can go there instead. */
export const moveTargetActor = (s: ImportServices) =>
  fromPromise<string | null, { user: string }>(async ({ input }) => {
    const job = await s.engine.store("move").get(input.user);
    return job && job.status !== "planned" ? job.target : null;
  });

/** Points the draft import at the chosen account and starts it in the background. */
export const startImportActor = (s: ImportServices) =>
  fromPromise<void, { user: string; conversation: string; account: string; secret: string }>(async ({ input }) => {
    const store = s.engine.store("import");
    await refuseWhileRunning(store, "import", input.user);
    const job = await store.draft(input.user);
    const password = s.secrets.get(input.conversation, input.secret);
    if (!job || password === undefined) throw new Error("no draft import or no password");
    job.target = input.account;
    await store.adopt(job);
    try {
      await s.engine.start("import", input.user, { new: password });
    } finally {
      s.secrets.clear(input.conversation);
    }
  });

/** Suggestions are offered only to a client that announces them: others would drop them without a word. */
export const clientTakesSuggestionsActor = (s: ImportServices) =>
  fromPromise<boolean, { user: string }>(({ input }) => s.clientTakesSuggestions(input.user));

/** XEP-0144: the client asks its user about each contact; Ferry needs no password. */
export const suggestActor = (s: ImportServices) =>
  fromPromise<number, { user: string }>(async ({ input }) => {
    const job = await s.engine.store("import").draft(input.user);
    if (!job) return 0;
    await s.suggest(input.user, job.contacts);
    return job.contacts.length;
  });
