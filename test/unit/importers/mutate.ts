/** Deterministic PRNG (mulberry32) so a failing fuzz case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const encoder = new TextEncoder();
// Fragments that steer parsers into their edge cases.
const TOKENS = [
  "<", ">", "&", "&amp;", "&lol;", '"', "'", "=", ";", ",", "\t", "\n", "\r\n", "\u0000", "]]>", "<![CDATA[", "<!--",
  '<!DOCTYPE x [<!ENTITY a "b">]>', "<contact>", "</contact>", "<buddy proto='prpl-jabber'><name>", "<item jid='",
  "BEGIN:VCARD\r\n", "END:VCARD\r\n", "=\r\n", "=C3=", ";ENCODING=QUOTED-PRINTABLE:", "\r\n ", "item1.IMPP:xmpp:",
  "<contact>ann@msn.com</contact>", "<group name='G'><contact><buddy proto='prpl-msn'><name>x@hotmail.com</name></buddy></contact></group>",
  "<item jid='a@b.example' subscription='both' ask='subscribe'><group>G</group></item>", "<presence type='subscribe' from='p@q.example'/>",
  "xmpp:", "msnim:chat?contact=", "@", "%", "\\40", "\uFEFF", "ü", "\uD800",
].map((t) => encoder.encode(t));

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** One to four random edits: bit flips, truncation, insertion, deletion, duplication, splices of other inputs. */
export function mutate(rand: () => number, input: Uint8Array, corpus: readonly Uint8Array[]): Uint8Array {
  const int = (n: number): number => Math.floor(rand() * n);
  let data = input;
  const edits = 1 + int(4);
  for (let e = 0; e < edits; e++) {
    const at = int(data.length + 1);
    switch (int(6)) {
      case 0: {
        data = data.slice();
        for (let i = 0, n = 1 + int(8); i < n && data.length > 0; i++) {
          const pos = int(data.length);
          data[pos] = (data[pos] ?? 0) ^ (1 << int(8));
        }
        break;
      }
      case 1:
        data = data.subarray(0, at);
        break;
      case 2: {
        const token = rand() < 0.6 ? (TOKENS[int(TOKENS.length)] ?? new Uint8Array()) : Uint8Array.from({ length: 1 + int(16) }, () => int(256));
        data = concat(data.subarray(0, at), token, data.subarray(at));
        break;
      }
      case 3:
        data = concat(data.subarray(0, at), data.subarray(Math.min(data.length, at + 1 + int(64))));
        break;
      case 4: {
        const len = 1 + int(256);
        data = concat(data.subarray(0, at), data.subarray(at, at + len), data.subarray(at));
        break;
      }
      default: {
        const other = corpus[int(corpus.length)] ?? new Uint8Array();
        const from = int(other.length + 1);
        data = concat(data.subarray(0, at), other.subarray(from, from + int(512)), data.subarray(at + int(64)));
      }
    }
  }
  return data;
}
