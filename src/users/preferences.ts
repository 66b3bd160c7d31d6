import type Keyv from "keyv";

/** What Ferry remembers about a person: the language they chose, and the one their client announces. */
export interface UserPreferences {
  /** Chosen with `language`; overrides everything else. */
  lang?: string;
  /** Last xml:lang seen on their messages (used when they never chose). */
  seenLang?: string;
}

export class Preferences {
  constructor(private readonly store: Keyv) {}

  async get(user: string): Promise<UserPreferences> {
    return ((await this.store.get(`prefs:${user}`)) as UserPreferences | undefined) ?? {};
  }

  async update(user: string, change: Partial<UserPreferences>): Promise<void> {
    const current = await this.get(user);
    await this.store.set(`prefs:${user}`, { ...current, ...change });
  }
}
