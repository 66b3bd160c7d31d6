import { setup, assign, emit, enqueueActions } from "xstate";
import type { FlowDefinition, FlowEvent, FlowInput, Say } from "../../src/conversation/flow-contract.ts";
import { say } from "../../src/conversation/flow-contract.ts";
import type { FieldOption, FieldValues, StepSpec } from "../../src/conversation/fields.ts";
import { isFileLink } from "../../src/conversation/shared-file.ts";
import type { AdminServices } from "./admin-services.ts";
import type { AudienceCounts, AudienceKind, AudienceSpec } from "./audience.ts";
import { parseJidList } from "./audience.ts";
import type { NoticeTexts } from "./broadcast-store.ts";
import { audienceCountsActor, previewActor, startBroadcastActor, fetchListActor } from "./broadcast-actors.ts";
import { parseEveryDays, parseLocaleCodes, parseUntilDate } from "./broadcast-input.ts";
import { domainOf } from "../../src/core/jid.ts";
import { calendarDay } from "../../src/i18n/calendar-day.ts";

interface BroadcastContext {
  user: string;
  texts: NoticeTexts;
  /** Further languages the admin chose to write the notice in. */
  extra: string[];
  counts?: AudienceCounts;
  audience?: AudienceSpec;
  everyDays?: number;
  until?: string;
  reach?: number;
}

const valuesOf = (event: unknown): FieldValues => (event as { values?: FieldValues }).values ?? {};
const textOf = (v: FieldValues[string] | undefined): string => (Array.isArray(v) ? v.join("\n") : typeof v === "string" ? v : "").trim();

/**
 * `broadcast` (admins): a notice about the move, in the default language and
 * any others the admin writes, with a footer on how to start the move; to a
 * chosen audience, previewed per language, sent in the background (journaled,
 * paced), optionally repeated every N days until a date to those who have not
 * moved.
 */
export function broadcastFlow(s: AdminServices): FlowDefinition {
  const { catalog } = s;
  const name = (locale: string) => catalog.t(locale, "language-name");
  const others = catalog.offered.filter((l) => l !== catalog.defaultLocale);
  const domain = domainOf(s.botJid);

  const composeStep: StepSpec = {
    intro: "broadcast-intro",
    fields: [
      { var: "text", type: "text-multi", label: "broadcast-ask-text", labelArgs: { language: name(catalog.defaultLocale) } },
      ...(others.length > 0
        ? [{ var: "languages", type: "text-single" as const, label: "broadcast-ask-languages", labelArgs: { offered: others.map((l) => `${l} (${name(l)})`) }, optional: true }]
        : []),
    ],
  };
  const translationsStep = (c: BroadcastContext): StepSpec => ({
    fields: c.extra.map((l) => ({ var: `text-${l}`, type: "text-multi", label: "broadcast-ask-translation", labelArgs: { language: name(l) }, optional: true })),
  });
  const audienceStep = (c: BroadcastContext): StepSpec => {
    const counts = c.counts!;
    const complete = counts.registeredComplete ? "yes" : "no";
    const option = (kind: AudienceKind, args: FieldOption["labelArgs"] = {}): FieldOption => ({ value: kind, label: `broadcast-audience-${kind}`, labelArgs: args });
    return {
      fields: [
        {
          var: "audience",
          type: "list-single",
          label: "broadcast-ask-audience",
          options: [
            option("registered", { count: counts.registered, complete, domain }),
            option("pasted"),
            ...(counts.online !== undefined ? [option("online", { count: counts.online })] : []),
            option("started", { count: counts.started }),
            option("not-started", { count: counts.notStarted, complete }),
          ],
        },
      ],
    };
  };
  const pasteStep: StepSpec = { fields: [{ var: "list", type: "text-multi", label: "broadcast-ask-list", desc: "broadcast-list-file-hint", takesFile: true }] };
  const repeatStep: StepSpec = { fields: [{ var: "every", type: "text-single", label: "broadcast-ask-every", optional: true }] };
  const untilStep: StepSpec = { fields: [{ var: "until", type: "text-single", label: "broadcast-ask-until" }] };
  const confirmStep = (c: BroadcastContext): StepSpec => ({
    fields: [
      {
        var: "confirm",
        type: "boolean",
        label: "broadcast-ask-confirm",
        labelArgs: { count: c.reach ?? 0, every: c.everyDays ?? 0, until: calendarDay(c.until ?? "") },
      },
    ],
  });

  const machine = setup({
    types: {
      context: {} as BroadcastContext,
      input: {} as FlowInput,
      events: {} as FlowEvent,
      emitted: {} as Say,
    },
    actors: { counts: audienceCountsActor(s), preview: previewActor(s), start: startBroadcastActor(s), fetchList: fetchListActor(s) },
    guards: {
      unknownLanguages: ({ event }) => parseLocaleCodes(textOf(valuesOf(event).languages), catalog.offered, catalog.defaultLocale).unknown.length > 0,
      wantsTranslations: ({ event }) => parseLocaleCodes(textOf(valuesOf(event).languages), catalog.offered, catalog.defaultLocale).locales.length > 0,
      pasted: ({ event }) => valuesOf(event).audience === "pasted",
      emptyList: ({ event }) => parseJidList(textOf(valuesOf(event).list)).jids.length === 0,
      sharedFile: ({ event }) => isFileLink(textOf(valuesOf(event).list)),
      once: ({ event }) => textOf(valuesOf(event).every) === "",
      badEvery: ({ event }) => parseEveryDays(textOf(valuesOf(event).every)) === undefined,
      badUntil: ({ event }) => parseUntilDate(textOf(valuesOf(event).until), s.now()) === undefined,
      confirmed: ({ event }) => valuesOf(event).confirm === true,
    },
  }).createMachine({
    id: "broadcast",
    context: ({ input }) => ({ user: input.user, texts: {}, extra: [] }),
    initial: "compose",
    states: {
      compose: {
        meta: { step: composeStep },
        on: {
          submit: [
            {
              guard: "unknownLanguages",
              target: "compose",
              reenter: true,
              actions: emit(({ event }) =>
                say("broadcast-unknown-languages", {
                  codes: parseLocaleCodes(textOf(valuesOf(event).languages), catalog.offered, catalog.defaultLocale).unknown,
                  offered: others,
                }, "error"),
              ),
            },
            {
              actions: assign({
                texts: ({ event }) => ({ [catalog.defaultLocale]: textOf(valuesOf(event).text) }),
                extra: ({ event }) => parseLocaleCodes(textOf(valuesOf(event).languages), catalog.offered, catalog.defaultLocale).locales,
              }),
              target: "routeLanguages",
            },
          ],
        },
      },
      routeLanguages: { always: [{ guard: ({ context }) => context.extra.length > 0, target: "translations" }, { target: "counting" }] },
      translations: {
        meta: { step: translationsStep },
        on: {
          submit: {
            target: "counting",
            actions: assign({
              texts: ({ context, event }) => {
                const values = valuesOf(event);
                const given = context.extra.map((l) => [l, textOf(values[`text-${l}`])] as const).filter(([, t]) => t !== "");
                return { ...context.texts, ...Object.fromEntries(given) };
              },
            }),
          },
        },
      },
      counting: {
        invoke: {
          src: "counts",
          onDone: [
            {
              guard: ({ event }) => !event.output.registeredComplete,
              target: "audience",
              actions: [assign({ counts: ({ event }) => event.output }), emit(() => say("broadcast-registered-incomplete", { domain }))],
            },
            { target: "audience", actions: assign({ counts: ({ event }) => event.output }) },
          ],
          onError: "failed",
        },
      },
      audience: {
        meta: { step: audienceStep },
        on: {
          submit: [
            { guard: "pasted", target: "paste" },
            { target: "repeat", actions: assign({ audience: ({ event }) => ({ kind: valuesOf(event).audience as AudienceKind }) }) },
          ],
        },
      },
      paste: {
        meta: { step: pasteStep },
        on: {
          submit: [
            { guard: "sharedFile", target: "fetchingList" },
            { guard: "emptyList", target: "paste", reenter: true, actions: emit(() => say("broadcast-list-empty", undefined, "error")) },
            {
              target: "repeat",
              actions: [
                assign({ audience: ({ event }) => ({ kind: "pasted" as const, list: parseJidList(textOf(valuesOf(event).list)).jids }) }),
                emit(({ event }) => listRead(parseJidList(textOf(valuesOf(event).list)).invalid)),
              ],
            },
          ],
        },
      },
      fetchingList: {
        invoke: {
          src: "fetchList",
          input: ({ event }) => ({ url: textOf(valuesOf(event).list).trim() }),
          onDone: [
            {
              guard: ({ event }) => "error" in event.output,
              target: "paste",
              actions: emit(({ event }) => say("import-download-failed", { reason: "error" in event.output ? event.output.error : "", max: s.downloadLimit }, "error")),
            },
            {
              guard: ({ event }) => !("error" in event.output) && event.output.jids.length === 0,
              target: "paste",
              actions: emit(() => say("broadcast-list-empty", undefined, "error")),
            },
            {
              target: "repeat",
              actions: [
                assign({ audience: ({ event }) => ({ kind: "pasted" as const, list: "error" in event.output ? [] : event.output.jids }) }),
                emit(({ event }) => listRead("error" in event.output ? [] : event.output.invalid)),
              ],
            },
          ],
          onError: "paste",
        },
      },
      repeat: {
        meta: { step: repeatStep },
        on: {
          submit: [
            { guard: "once", target: "previewing" },
            { guard: "badEvery", target: "repeat", reenter: true, actions: emit(() => say("broadcast-bad-every", undefined, "error")) },
            { target: "until", actions: assign({ everyDays: ({ event }) => parseEveryDays(textOf(valuesOf(event).every)) }) },
          ],
        },
      },
      until: {
        meta: { step: untilStep },
        on: {
          submit: [
            { guard: "badUntil", target: "until", reenter: true, actions: emit(() => say("broadcast-bad-until", undefined, "error")) },
            { target: "previewing", actions: assign({ until: ({ event }) => parseUntilDate(textOf(valuesOf(event).until), s.now()) }) },
          ],
        },
      },
      previewing: {
        invoke: {
          src: "preview",
          input: ({ context }) => ({ texts: context.texts, audience: context.audience! }),
          onDone: {
            target: "confirm",
            actions: [
              assign({ reach: ({ event }) => event.output.reach }),
              // Each preview is its own message, exactly as its readers get it, after a line naming their language.
              enqueueActions(({ enqueue, event }) => {
                for (const notice of event.output.notices) {
                  enqueue.emit(say("broadcast-preview-heading", { language: name(notice.locale) }));
                  enqueue.emit(say({ raw: notice.text }));
                }
              }),
            ],
          },
          onError: "failed",
        },
      },
      confirm: {
        meta: { step: confirmStep },
        on: { submit: [{ guard: "confirmed", target: "starting" }, { target: "declined" }] },
      },
      starting: {
        invoke: {
          src: "start",
          input: ({ context }) => ({
            by: context.user,
            texts: context.texts,
            audience: context.audience!,
            ...(context.everyDays && context.until ? { everyDays: context.everyDays, until: context.until } : {}),
          }),
          onDone: {
            target: "started",
            actions: emit(({ context, event }) => say("broadcast-started", { count: event.output.count, every: context.everyDays ?? 0, until: calendarDay(context.until ?? "") })),
          },
          onError: "failed",
        },
      },
      started: { type: "final" },
      declined: { type: "final", entry: emit(() => say("broadcast-declined")) },
      failed: { type: "final", entry: emit(() => say("error-internal", undefined, "error")) },
    },
  });
  return { id: "broadcast", version: 1, machine };
}

/** The answer to an address list: read, or read with what was not an address. */
function listRead(invalid: string[]) {
  return invalid.length > 0 ? say("broadcast-list-ignored", { count: invalid.length, list: invalid.slice(0, 10) }, "warn") : say("broadcast-list-read");
}
