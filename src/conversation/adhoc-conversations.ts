import { randomUUID } from "node:crypto";
import type { ConversationDeps } from "./conversation-deps.ts";
import type { FlowDefinition, FlowInput, Say } from "./flow-contract.ts";
import { currentStep } from "./flow-contract.ts";
import { runFlowTurn, type FlowTurn } from "./flow-runner.ts";
import { parseFormValue, type FieldSpec, type FieldValues, type StepSpec } from "./fields.ts";
import { renderMenu, renderText } from "./render-text.ts";
import { chooseLanguage } from "../i18n/choose-language.ts";
import { visibleCommands, type CommandDef } from "./commands.ts";
import type { AdhocHandler, AdhocRequest, AdhocResponse } from "../protocol/bot/adhoc-responder.ts";
import type { CommandDirectory } from "../protocol/bot/service-discovery.ts";

interface AdhocSession {
  user: string;
  command: CommandDef;
  flow: FlowDefinition;
  snapshot: unknown;
  step: StepSpec | undefined;
  timer: NodeJS.Timeout;
}

const SESSION_TTL_MS = 30 * 60_000;

/**
 * The XEP-0050 front-end of every flow: each step becomes one form with all of
 * its fields. Sessions are short-lived and kept in memory only, as clients
 * cannot resume an ad-hoc session across a restart anyway.
 */
export class AdhocConversations implements AdhocHandler, CommandDirectory {
  private readonly sessions = new Map<string, AdhocSession>();

  constructor(private readonly deps: ConversationDeps) {}

  /** Commands this user may see, with their localized names. */
  async list(user: string, stanzaLang?: string): Promise<{ node: string; name: string }[]> {
    const lang = await this.language(user, stanzaLang);
    return visibleCommands(this.deps.commands, this.deps.admins.has(user)).map((c) => ({
      node: c.id,
      name: this.deps.catalog.t(lang, `cmd-${c.id}-title`),
    }));
  }

  commandFor(user: string, node: string): CommandDef | undefined {
    return visibleCommands(this.deps.commands, this.deps.admins.has(user)).find((c) => c.id === node);
  }

  private async language(user: string, stanzaLang?: string): Promise<string> {
    return chooseLanguage(this.deps.catalog, await this.deps.preferences.get(user), stanzaLang);
  }

  async handle(req: AdhocRequest): Promise<AdhocResponse> {
    const received = performance.now();
    const response = await this.answer(req);
    this.deps.replied?.("adhoc", (performance.now() - received) / 1000);
    return response;
  }

  private async answer(req: AdhocRequest): Promise<AdhocResponse> {
    // Admin-only commands do not exist for anyone else.
    const command = this.commandFor(req.user, req.node);
    if (!command) {
      if (this.deps.commands.some((c) => c.id === req.node && c.adminOnly)) this.deps.log.warn({ user: req.user, command: req.node }, "admin command refused");
      return { error: "item-not-found" };
    }
    if (!req.sessionid) return this.start(req, command);
    const session = this.sessions.get(req.sessionid);
    if (!session || session.user !== req.user || session.command.id !== req.node) return { error: "bad-sessionid" };
    const lang = await this.language(req.user, req.lang);
    if (req.action === "cancel") {
      session.flow.onCancel?.(this.input(req.user, req.sessionid));
      this.end(req.sessionid);
      return { status: "canceled", sessionid: req.sessionid, lang, notes: [{ type: "info", text: this.deps.catalog.t(lang, "cancelled") }] };
    }
    return this.submit(req, session, lang);
  }

  private input(user: string, sessionid: string): FlowInput {
    return { user, conversation: `adhoc:${sessionid}`, channel: "adhoc", admin: this.deps.admins.has(user) };
  }

  private async start(req: AdhocRequest, command: CommandDef): Promise<AdhocResponse> {
    const sessionid = randomUUID();
    const lang = await this.language(req.user, req.lang);
    if (!command.flow) {
      const menu = renderMenu(this.deps.catalog, lang, visibleCommands(this.deps.commands, this.deps.admins.has(req.user)));
      return { status: "completed", sessionid, lang, notes: [{ type: "info", text: menu }] };
    }
    const flow = this.deps.flows.get(command.flow)!;
    const turn = await runFlowTurn(flow, this.input(req.user, sessionid), undefined, undefined);
    const timer = setTimeout(() => this.end(sessionid), SESSION_TTL_MS);
    timer.unref();
    const session: AdhocSession = { user: req.user, command, flow, snapshot: undefined, step: undefined, timer };
    this.sessions.set(sessionid, session);
    return this.respond(req, sessionid, session, turn);
  }

  private async submit(req: AdhocRequest, session: AdhocSession, lang: string): Promise<AdhocResponse> {
    const sessionid = req.sessionid!;
    const step = session.step;
    if (!step) return { error: "bad-request" };
    const values: FieldValues = {};
    const problems: string[] = [];
    const conversation = this.input(req.user, sessionid).conversation;
    for (const field of step.fields) {
      if (field.type === "fixed") continue;
      const raw = req.values?.[field.var] ?? [];
      if (field.optional && (raw.length === 0 || raw.every((v) => v.trim() === ""))) {
        values[field.var] = "";
        continue;
      }
      const parsed = parseFormValue(field, raw);
      if (!parsed.ok) {
        const label = renderText(this.deps.catalog, lang, field.label, field.labelArgs);
        problems.push(`${label}: ${this.deps.catalog.t(lang, parsed.error, parsed.args)}`);
      } else if (field.type === "text-private") {
        // Only the vault sees the password; the flow learns it was given.
        this.deps.secrets.put(conversation, field.var, parsed.value as string);
        values[field.var] = true;
      } else {
        values[field.var] = parsed.value;
      }
    }
    if (problems.length > 0) {
      return { ...this.formResponse(lang, sessionid, session), notes: problems.map((text) => ({ type: "error" as const, text })) };
    }
    const turn = await runFlowTurn(session.flow, this.input(req.user, sessionid), session.snapshot, { type: "submit", values });
    return this.respond(req, sessionid, session, turn);
  }

  private async respond(
    req: AdhocRequest,
    sessionid: string,
    session: AdhocSession,
    turn: FlowTurn,
  ): Promise<AdhocResponse> {
    // Render after the turn: the flow may have changed the user's language.
    const lang = await this.language(req.user, req.lang);
    const render = (s: Say) => renderText(this.deps.catalog, lang, s.text, s.args);
    const step = currentStep(turn.snapshot);
    if (turn.ended || !step) {
      // A flow working in the background reports in chat; the command itself is done.
      this.end(sessionid);
      const results = turn.says.filter((s) => s.field !== undefined);
      const notes = turn.says.filter((s) => s.field === undefined).map((s) => ({ type: s.level ?? ("info" as const), text: render(s) }));
      const result = Object.fromEntries(results.map((s) => [s.field!, render(s).split("\n")]));
      return { status: "completed", sessionid, lang, notes, ...(results.length > 0 ? { result } : {}) };
    }
    const notes = turn.says.map((s) => ({ type: s.level ?? ("info" as const), text: render(s) }));
    session.snapshot = turn.persisted;
    session.step = step;
    const response = this.formResponse(lang, sessionid, session);
    response.form.instructions.unshift(...notes.map((n) => n.text));
    return response;
  }

  private formResponse(lang: string, sessionid: string, session: AdhocSession) {
    const { catalog } = this.deps;
    const step = session.step!;
    const r = (t: FieldSpec["label"], a?: FieldSpec["labelArgs"]) => renderText(catalog, lang, t, a);
    return {
      status: "executing" as const,
      sessionid,
      lang,
      notes: [] as { type: "info" | "warn" | "error"; text: string }[],
      form: {
        title: catalog.t(lang, `cmd-${session.command.id}-title`),
        instructions: step.intro ? [r(step.intro, step.introArgs)] : [],
        fields: step.fields.map((f) => ({
          var: f.var,
          type: f.type,
          label: r(f.label, f.labelArgs),
          desc: f.desc ? r(f.desc, f.descArgs) : undefined,
          required: !f.optional && f.type !== "fixed" && f.type !== "boolean",
          options: f.options?.map((o) => ({ value: o.value, label: r(o.label, o.labelArgs) })),
          media: f.media,
        })),
      },
    };
  }

  private end(sessionid: string): void {
    const s = this.sessions.get(sessionid);
    if (s) clearTimeout(s.timer);
    this.sessions.delete(sessionid);
    this.deps.secrets.clear(`adhoc:${sessionid}`);
  }
}
