import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ImportError, type ImportErrorCode } from "../../../src/importers/import-entry.ts";
import { expect } from "vitest";

const dir = fileURLToPath(new URL("../../fixtures/imports/", import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(dir + name));
}

export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixture(name));
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Runs `fn` and returns the ImportError code it threw. */
export function importErrorCode(fn: () => unknown): ImportErrorCode {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).code;
  }
  throw new Error("expected an ImportError");
}
