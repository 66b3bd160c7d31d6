import type { Subscription } from "../core/contact.ts";

/** The network an imported address belongs to. */
export type Network = "xmpp" | "msn" | "email" | "yahoo" | "icq" | "aim" | "other";

/** One address found in an imported file. */
export interface ImportEntry {
  /** Normalised address: a bare JID for xmpp, lower-case for e-mail-like addresses. */
  address: string;
  network: Network;
  name?: string;
  /** Groups in source order, deduplicated. */
  groups: string[];
  /** Subscription state on the old server (XEP-0227 only). */
  subscription?: Subscription;
  /** An outgoing subscription request was pending (XEP-0227 `ask='subscribe'`). */
  ask?: boolean;
  /** The contact had asked to see the user's presence and was not answered yet (XEP-0227 pending `<presence type='subscribe'/>`). */
  pendingIn?: boolean;
}

export type ImportFormat =
  | "msn-ctt"
  | "pidgin-blist"
  | "xep0227"
  | "vcard"
  | "outlook-csv"
  | "csv"
  | "pasted-text";

/** Stable codes for per-item problems; user-facing text is localised elsewhere (each code has its own wording). */
export const PARSE_PROBLEM_CODES = [
  "invalid-address",
  "no-address",
  "not-a-user-address",
  "unknown-protocol",
  "chat-room-skipped",
  "invalid-subscription",
  "other-user-skipped",
  "conflicting-mapping",
  "too-many-problems",
] as const;
export type ParseProblemCode = (typeof PARSE_PROBLEM_CODES)[number];

export interface ParseProblem {
  code: ParseProblemCode;
  /** 1-based line in the decoded text, when known. */
  line?: number;
  /** The offending value, shortened. */
  detail?: string;
}

export interface ParseResult {
  format: ImportFormat;
  entries: ImportEntry[];
  problems: ParseProblem[];
}

/** Why a file cannot be read at all; each has its own message, `import-error-<code>`. */
export const IMPORT_ERROR_CODES = [
  "empty",
  "binary",
  "too-large",
  "unknown-format",
  "xml-malformed",
  "xml-entities-forbidden",
  "truncated",
  "csv-malformed",
  "chat-history-not-contacts",
  "user-not-found",
  "xep0227-index-file",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** A file Ferry cannot read at all. `message` is the code, never prose. */
export class ImportError extends Error {
  override readonly name = "ImportError";
  readonly code: ImportErrorCode;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: ImportErrorCode, details: Record<string, string | number> = {}) {
    super(code);
    this.code = code;
    this.details = details;
  }
}
