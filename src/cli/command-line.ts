import { parseArgs } from "node:util";
import { COMMANDS, GLOBAL_OPTIONS, commandUsage, mainUsage, type CommandName, type OptionSpec } from "./usage.ts";

/** What `ferry say` was asked to do. */
export interface SayRequest {
  jid: string;
  password: string;
  message: string;
  service?: string;
  to?: string;
  lang?: string;
  waitSeconds: number;
}

/** What `ferry check` was asked to do. */
export interface CheckRequest {
  timeoutSeconds: number;
}

/** What the command line asks for; `main.ts` carries it out. */
export type Invocation =
  | { kind: "help"; text: string }
  | { kind: "version" }
  /** A mistake: one line naming it, then the usage that applies; exit status 2. */
  | { kind: "mistake"; line: string; usage: string }
  | { kind: "run" }
  | { kind: "demo" }
  | { kind: "say"; say: SayRequest }
  | { kind: "check"; check: CheckRequest };

type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] } | { mistake: string };

/**
 * node:util's parseArgs in its lenient mode, with the checks its strict mode
 * would make done here: strict mode throws errors whose text is long and
 * about parseArgs itself, and the operator should get one line about Ferry.
 */
function parse(args: string[], options: Record<string, OptionSpec>): Parsed {
  const { values, positionals, tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = options[t.name];
    if (!spec) return { mistake: `unknown option "${t.rawName}"` };
    if (spec.type === "string" && t.value === undefined) return { mistake: `option "${t.rawName}" needs a value` };
    if (spec.type === "boolean" && t.value !== undefined) return { mistake: `option "${t.rawName}" takes no value` };
  }
  return { values, positionals };
}

function readSay(values: Record<string, string | boolean | undefined>, positionals: string[]): SayRequest | string {
  const [jid, password, ...words] = positionals;
  if (!jid || !password || words.length === 0) return "needs USER@DOMAIN, PASSWORD and a MESSAGE";
  if (!jid.includes("@")) return `"${jid}" is not USER@DOMAIN`;
  const waitSeconds = Number(values.wait);
  if (!(waitSeconds >= 0)) return `--wait needs a number of seconds, not "${String(values.wait)}"`;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  return { jid, password, message: words.join(" "), service: text("service"), to: text("to"), lang: text("lang"), waitSeconds };
}

/** Reads `ferry`'s arguments (without node and the script). */
export function readCommandLine(argv: string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: "run" };
  if (first.startsWith("-")) {
    const global = parse(argv, GLOBAL_OPTIONS);
    const mistake = (line: string): Invocation => ({ kind: "mistake", line: `ferry: ${line}`, usage: mainUsage() });
    if ("mistake" in global) return mistake(global.mistake);
    if (global.positionals.length > 0) return mistake(`unexpected argument "${global.positionals[0]}"`);
    return global.values.version ? { kind: "version" } : { kind: "help", text: mainUsage() };
  }
  if (!Object.hasOwn(COMMANDS, first)) return { kind: "mistake", line: `ferry: unknown command "${first}"`, usage: mainUsage() };
  const command = first as CommandName;
  const mistake = (line: string): Invocation => ({ kind: "mistake", line: `ferry ${command}: ${line}`, usage: commandUsage(command) });
  const parsed = parse(rest, COMMANDS[command].options);
  if ("mistake" in parsed) return mistake(parsed.mistake);
  if (parsed.values.help) return { kind: "help", text: commandUsage(command) };
  if (command === "say") {
    const say = readSay(parsed.values, parsed.positionals);
    return typeof say === "string" ? mistake(say) : { kind: "say", say };
  }
  if (parsed.positionals.length > 0) return mistake(`unexpected argument "${parsed.positionals[0]}"`);
  if (command === "check") {
    const timeoutSeconds = Number(parsed.values.timeout ?? COMMANDS.check.options.timeout.default);
    if (!(timeoutSeconds > 0)) return mistake(`--timeout needs a number of seconds above 0, not "${String(parsed.values.timeout)}"`);
    return { kind: "check", check: { timeoutSeconds } };
  }
  return { kind: command };
}
