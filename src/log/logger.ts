import pino, { type Logger, type DestinationStream } from "pino";

/**
 * The root logger. All redaction lives here: a child logger given its own
 * `redact` option REPLACES these rules (see notes/stack.md), so children must
 * only ever be created with bindings.
 */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "*.*.password",
  "newPassword",
  "oldPassword",
  "*.newPassword",
  "*.oldPassword",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "credentials",
  "*.credentials",
  "FERRY_PASSWORD",
  "*.FERRY_PASSWORD",
  'values["new-password"]',
  'values["old-password"]',
  '*.values["new-password"]',
  '*.values["old-password"]',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "ferry" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}

export type { Logger };
