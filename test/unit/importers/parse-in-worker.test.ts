import { describe, it, expect } from "vitest";
import { parseImportInWorker } from "../../../src/importers/parse-in-worker.ts";
import { parseImport } from "../../../src/importers/parse-import.ts";
import { ImportError } from "../../../src/importers/import-entry.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("parsing in a worker thread", () => {
  it("gives the same result as parsing in place", async () => {
    const ctt = enc(`<?xml version="1.0"?><messenger><service name=".NET Messenger Service"><contactlist><contact>joe@hotmail.com</contact><contact>ann@msn.com</contact></contactlist></service></messenger>`);
    expect(await parseImportInWorker(ctt)).toEqual(parseImport(ctt));
  });

  it("passes ImportError through with its code", async () => {
    const bomb = enc(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><messenger>&lol2;</messenger>`);
    const err = await parseImportInWorker(bomb).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.code).toBe("xml-entities-forbidden");
  });
});
