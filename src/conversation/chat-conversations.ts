import type { Logger } from "pino";
import type { ConversationDeps } from "./conversation-deps.ts";
import type { SessionRecord, SessionStore } from "./session-store.ts";
import type { FlowDefinition, FlowEvent, FlowInput } from "./flow-contract.ts";
import { currentStep } from "./flow-contract.ts";
import { runFlowTurn, FlowRestoreError } from "./flow-runner.ts";
import { parseChatValue, type FieldSpec } from "./fields.ts";
import { chatVocabulary, renderChatPrompt, renderMenu, renderStepIntro, renderText } from "./render-text.ts";
import { chooseLanguage } from "../i18n/choose-language.ts";
import { foldWord } from "../i18n/fold-word.ts";
import { matchCommand, isWord } from "./match-command.ts";
import { visibleCommands } from "./commands.ts";
import { isFileLink } from "./shared-file.ts";
import type { ChatHandler, ChatMessageKind } from "../protocol/bot/chat-router.ts";

/**
 * The chat front-end of every flow: one message in, the replies out. Fields
 * are asked one message at a time; a step's values go to the flow together.
 * Messages of one user are handled strictly in order; users never wait for
 * each other.
 */
export class ChatConversations implements ChatHandler {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly log: Logger;

  constructor(
    private readonly deps: ConversationDeps,
    private readonly sessions: SessionStore,
  ) {
    this.log = deps.log.child({ part: "chat" });
  }

  /** A message from a user; resolves to the replies, in order. */
  async handle(user: string, text: string, stanzaLang?: string, kind: ChatMessageKind = {}): Promise<string[]> {
    const received = performance.now();
    const replies = await this.serialise(user, () => this.handleNow(user, text, stanzaLang, kind.sharedFile === true || isFileLink(text)));
    // Counted from arrival: the wait behind the user's earlier messages is part of the answer's time.
    this.deps.replied?.("chat", (performance.now() - received) / 1000);
    return replies;
  }

  /** An event from a background job for the user's running flow; resolves to messages for the user. */
  deliver(user: string, event: FlowEvent): Promise<string[]> {
    return this.serialise(user, async () => {
      const record = await this.sessions.get(user);
      const def = record && this.deps.flows.get(record.flow);
      if (!record || !def || def.version !== record.version) return [];
      return this.guarded(user, undefined, () => this.turn(user, undefined, def, record, event));
    });
  }

  /** Resolves when every message received so far has been handled (and its state stored). */
  async drain(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  private serialise<T>(user: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(user) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.queues.set(user, tail);
    void tail.then(() => {
      if (this.queues.get(user) === tail) this.queues.delete(user);
    });
    return next;
  }

  private conversationKey(user: string): string {
    return `chat:${user}`;
  }

  private input(user: string): FlowInput {
    return { user, conversation: this.conversationKey(user), channel: "chat", admin: this.deps.admins.has(user) };
  }

  /** The language to answer this user in. */
  async language(user: string, stanzaLang?: string): Promise<string> {
    return chooseLanguage(this.deps.catalog, await this.deps.preferences.get(user), stanzaLang);
  }

  private async handleNow(user: string, text: string, stanzaLang: string | undefined, sharedFile: boolean): Promise<string[]> {
    const { catalog, preferences } = this.deps;
    await this.deps.knownUsers.remember(user);
    const prefs = await preferences.get(user);
    const seen = catalog.negotiate(stanzaLang);
    if (seen && seen !== prefs.seenLang) await preferences.update(user, { seenLang: seen });
    const lang = chooseLanguage(catalog, prefs, stanzaLang);
    const out: string[] = [];

    let record = await this.sessions.get(user);
    if (record && this.adminOnlyForOthers(user, record.flow)) {
      // Removed from FERRY_ADMINS mid-conversation: the stored session must not outlive the right to it,
      // and the user is answered as any non-admin (no apology that would hint at admin commands).
      this.log.warn({ user, flow: record.flow }, "admin conversation ended: no longer an admin");
      await this.endSession(user);
      record = undefined;
    }
    const def = record && this.deps.flows.get(record.flow);
    if (record && (!def || def.version !== record.version)) {
      this.log.warn({ user, flow: record.flow, version: record.version }, "dropping a conversation saved by another version");
      await this.endSession(user);
      out.push(catalog.t(lang, "session-lost"));
      record = undefined;
    }

    if (isWord(catalog, lang, "word-cancel", text)) {
      if (record) {
        def?.onCancel?.(this.input(user));
        await this.endSession(user);
        out.push(catalog.t(lang, "cancelled"));
      } else {
        out.push(catalog.t(lang, "nothing-to-cancel"));
      }
      return out;
    }

    if (record && def) {
      return [...out, ...(await this.guarded(user, stanzaLang, () => this.answerField(user, stanzaLang, lang, def, record!, text, sharedFile)))];
    }

    const menu = visibleCommands(this.deps.commands, this.deps.admins.has(user));
    const fileCommand = sharedFile ? menu.find((c) => c.startsFromSharedFile && c.flow) : undefined;
    if (fileCommand) {
      // A file shared without a command word: what it is for needs no asking, the flow reads it at once.
      const flow = this.deps.flows.get(fileCommand.flow!)!;
      out.push(catalog.t(lang, "shared-file-starts"));
      return [...out, ...(await this.guarded(user, stanzaLang, () => this.start(user, stanzaLang, flow, text)))];
    }
    const match = matchCommand(catalog, lang, menu, text);
    if (match?.command.flow) {
      const flow = this.deps.flows.get(match.command.flow)!;
      return [...out, ...(await this.guarded(user, stanzaLang, () => this.start(user, stanzaLang, flow, match.args)))];
    }
    if (!match) this.logAdminAttempt(user, lang, text);
    // Greetings and help get the menu; anything else is said not to be understood first.
    if (!match && !isWord(catalog, lang, "word-hello", text)) out.push(catalog.t(lang, "unknown-command"));
    out.push(renderMenu(catalog, lang, menu));
    return out;
  }

  /** Whether this flow belongs to an admin-only command and the user is not (or no longer) an admin. */
  private adminOnlyForOthers(user: string, flow: string): boolean {
    return !this.deps.admins.has(user) && this.deps.commands.some((c) => c.flow === flow && c.adminOnly);
  }

  /** A non-admin typing an admin command gets the menu as for any unknown text, but the attempt is logged. */
  private logAdminAttempt(user: string, lang: string, text: string): void {
    // A number (in any digits the menu accepts) is an item of the user's own menu, never an admin command.
    if (/^\d/.test(foldWord(text))) return;
    const hidden = matchCommand(this.deps.catalog, lang, this.deps.commands.filter((c) => c.adminOnly), text);
    if (hidden) this.log.warn({ user, command: hidden.command.id }, "admin command refused");
  }

  /** Runs flow work, turning a crash of the flow into an apology instead of a crash of the bot. */
  private async guarded(user: string, stanzaLang: string | undefined, work: () => Promise<string[]>): Promise<string[]> {
    try {
      return await work();
    } catch (err) {
      this.log.error({ user, err }, "flow failed");
      await this.endSession(user).catch(() => undefined);
      const lang = await this.language(user, stanzaLang).catch(() => this.deps.catalog.defaultLocale);
      return [this.deps.catalog.t(lang, err instanceof FlowRestoreError ? "session-lost" : "error-internal")];
    }
  }

  /** Starts a flow; `args` (the words after the command, or a shared file's link) answer its first question. */
  private async start(user: string, stanzaLang: string | undefined, def: FlowDefinition, args: string | undefined): Promise<string[]> {
    const fresh: SessionRecord = { flow: def.id, version: def.version, snapshot: undefined, step: undefined, values: {}, secretFields: [], warned: false };
    return this.turn(user, stanzaLang, def, fresh, undefined, args);
  }

  private nextField(record: SessionRecord): FieldSpec | undefined {
    return record.step?.fields.find((f) => f.type !== "fixed" && !(f.var in record.values) && !record.secretFields.includes(f.var));
  }

  private async answerField(
    user: string,
    stanzaLang: string | undefined,
    lang: string,
    def: FlowDefinition,
    record: SessionRecord,
    text: string,
    sharedFile: boolean,
  ): Promise<string[]> {
    const { catalog } = this.deps;
    // A flow working in the background (a move running) asks nothing: say so rather than stay silent.
    if (!record.step) return [catalog.t(lang, "flow-working")];
    const field = this.nextField(record);
    if (!field) return this.turn(user, stanzaLang, def, record, { type: "submit", values: record.values });
    // A file shared while the flow asks something else (a password, say) is no answer to it.
    if (sharedFile && !field.takesFile) return [catalog.t(lang, "shared-file-not-answer"), renderChatPrompt(catalog, lang, field)];
    if (isWord(catalog, lang, "word-help", text)) {
      return [catalog.t(lang, "flow-help"), renderChatPrompt(catalog, lang, field)];
    }
    if (field.optional && isWord(catalog, lang, "word-skip", text)) {
      record.values[field.var] = "";
    } else {
      const parsed = parseChatValue(field, text, chatVocabulary(catalog, lang));
      if (!parsed.ok) return [catalog.t(lang, parsed.error, parsed.args), renderChatPrompt(catalog, lang, field)];
      if (field.type === "text-private") {
        this.deps.secrets.put(this.conversationKey(user), field.var, parsed.value as string);
        record.secretFields.push(field.var);
      } else {
        record.values[field.var] = parsed.value;
      }
    }
    const next = this.nextField(record);
    if (next) {
      const out = this.prompt(lang, record, next);
      await this.sessions.set(user, record);
      return out;
    }
    // Private fields reach the flow only as "given"; their values stay in the vault.
    const values = { ...record.values, ...Object.fromEntries(record.secretFields.map((f) => [f, true])) };
    return this.turn(user, stanzaLang, def, record, { type: "submit", values });
  }

  private prompt(lang: string, record: SessionRecord, field: FieldSpec): string[] {
    const { catalog } = this.deps;
    const out: string[] = [];
    if (field.type === "text-private" && !record.warned) {
      record.warned = true;
      out.push(catalog.t(lang, "private-warning"));
    }
    out.push(renderChatPrompt(catalog, lang, field));
    return out;
  }

  /** Delivers an event (or starts the flow), renders what it said, and stores or ends the session. */
  private async turn(
    user: string,
    stanzaLang: string | undefined,
    def: FlowDefinition,
    record: SessionRecord,
    event: FlowEvent | undefined,
    args?: string,
  ): Promise<string[]> {
    const result = await runFlowTurn(def, this.input(user), record.snapshot, event);
    // The flow may have changed the language (the language flow does).
    const lang = await this.language(user, stanzaLang);
    const { catalog } = this.deps;
    const out = result.says.map((s) => renderText(catalog, lang, s.text, s.args));
    if (result.ended) {
      await this.endSession(user);
      return out;
    }
    const step = currentStep(result.snapshot);
    const next: SessionRecord = {
      flow: def.id,
      version: def.version,
      snapshot: result.persisted,
      step,
      values: {},
      secretFields: [],
      warned: record.warned,
    };
    if (step && args) {
      // "language de": the words after the command (or a shared file's link) answer its first question.
      await this.sessions.set(user, next);
      return [...out, ...(await this.answerField(user, stanzaLang, lang, def, next, args, false))];
    }
    const field = this.nextField(next);
    if (step) {
      const intro = renderStepIntro(catalog, lang, step);
      if (intro) out.push(intro);
    }
    if (field) out.push(...this.prompt(lang, next, field));
    await this.sessions.set(user, next);
    return out;
  }

  private async endSession(user: string): Promise<void> {
    this.deps.secrets.clear(this.conversationKey(user));
    await this.sessions.delete(user);
  }
}
