// A warning or error logged during a test is a failure: React, i18next and recharts report real
// problems (missing keys, act() misuse, zero-size charts) only through the console.
const allowed: RegExp[] = [];

/** Lets one test expect a console error it provokes on purpose (e.g. an error boundary test). */
export function allowConsoleError(pattern: RegExp): void {
  allowed.push(pattern);
}

/** Forgets every allowance; called before each test. */
export function resetConsoleAllowances(): void {
  allowed.length = 0;
}

/** Whether a console message was allowed by the running test. */
export function isAllowedConsoleMessage(text: string): boolean {
  return allowed.some((pattern) => pattern.test(text));
}
