/**
 * The "now" of every test build (SN_NOW, read by src/config/site.ts's
 * buildTime): before the sample events, which begin in January 2027, so that
 * every test build has upcoming events, calendars and their markup to check,
 * whatever the real date.
 */
export const TEST_NOW = "2026-11-26T12:00:00Z";

/** The environment for a test build: SN_NOW pinned, unless the caller pinned it already. */
export function pinnedClockEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, SN_NOW: env.SN_NOW ?? TEST_NOW };
}
