/**
 * A FERRY_* setting that is missing or unusable. `ferry` prints its message,
 * which starts with the setting's name, and exits with status 2 (README).
 */
export class SettingsError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(`${setting}: ${problem}`);
    this.name = "SettingsError";
  }
}
