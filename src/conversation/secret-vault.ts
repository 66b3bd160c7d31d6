/**
 * Passwords typed into a flow live here, in memory only, never in a flow's
 * context (which is persisted). Each conversation's secrets are dropped when
 * its flow ends, is cancelled, or after a time-out, whichever comes first.
 */
export class SecretVault {
  private readonly secrets = new Map<string, { values: Map<string, string>; timer: NodeJS.Timeout }>();

  constructor(private readonly ttlMs = 30 * 60_000) {}

  put(conversation: string, name: string, value: string): void {
    let entry = this.secrets.get(conversation);
    if (!entry) {
      entry = { values: new Map(), timer: setTimeout(() => this.clear(conversation), this.ttlMs) };
      entry.timer.unref();
      this.secrets.set(conversation, entry);
    }
    entry.values.set(name, value);
  }

  get(conversation: string, name: string): string | undefined {
    return this.secrets.get(conversation)?.values.get(name);
  }

  has(conversation: string, name: string): boolean {
    return this.secrets.get(conversation)?.values.has(name) ?? false;
  }

  delete(conversation: string, name: string): void {
    this.secrets.get(conversation)?.values.delete(name);
  }

  clear(conversation: string): void {
    const entry = this.secrets.get(conversation);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.values.clear();
    this.secrets.delete(conversation);
  }

  clearAll(): void {
    for (const conversation of [...this.secrets.keys()]) this.clear(conversation);
  }

  get size(): number {
    return this.secrets.size;
  }
}
