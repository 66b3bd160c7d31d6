/**
 * Cleans a chat body before anything reads it: control characters out (they
 * break logs and clients), and a cap on length so a huge paste costs nothing.
 */
export type IncomingText = { kind: "empty" } | { kind: "too-long"; length: number } | { kind: "text"; text: string };

// C0/C1 controls except tab and newline, plus bidi overrides that could disguise text.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function readIncomingText(body: string, maxChars: number): IncomingText {
  if (body.length > maxChars) return { kind: "too-long", length: body.length };
  const text = body.replace(/\r\n?/g, "\n").replace(CONTROLS, "").trim();
  return text.length === 0 ? { kind: "empty" } : { kind: "text", text };
}
