/**
 * npm run sync:police -- [--force metropolitan] [--ward <code>] [--dry-run] [--create]
 *                        [--base-url https://data.police.uk/api] [--content content]
 *
 * Fills and updates ward files from data.police.uk's neighbourhood teams,
 * keeping every edit an author has made since the last sync.
 */
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { formatReport } from "../src/sync/report.ts";
import { DEFAULT_BASE_URL, DEFAULT_FORCE, runSync, SyncError } from "../src/sync/run.ts";

const USAGE =
  "usage: npm run sync:police -- [--force metropolitan] [--ward <code>] [--dry-run] [--create] [--base-url <url>] [--content <dir>] [--quiet]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: "string", default: DEFAULT_FORCE },
      ward: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      create: { type: "boolean", default: false },
      "base-url": { type: "string", default: DEFAULT_BASE_URL },
      content: { type: "string", default: "content" },
      // For tests and slow links: seconds before a request is abandoned, and tries after the first.
      timeout: { type: "string" },
      retries: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new SyncError(USAGE);
  const number = (value: string | undefined, what: string) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!(n >= 0)) throw new SyncError(`--${what} expects a number, got "${value}"`);
    return n;
  };
  const timeout = number(values.timeout, "timeout");
  const retries = number(values.retries, "retries");
  const report = await runSync({
    contentDir: values.content,
    force: values.force,
    baseUrl: values["base-url"],
    ...(values.ward !== undefined ? { ward: values.ward } : {}),
    dryRun: values["dry-run"],
    create: values.create,
    client: { ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}), ...(retries !== undefined ? { retries } : {}) },
    today: DateTime.now().setZone("Europe/London").toISODate() ?? undefined,
    onWard: values.quiet
      ? undefined
      : (outcome, done, total) =>
          process.stderr.write(`[${done}/${total}] ${outcome.id} ${outcome.name}: ${outcome.status}${outcome.reason ? ` (${outcome.reason})` : ""}\n`),
  });
  console.log(formatReport(report));
  return report.outcomes.some((o) => o.status === "failed") ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A run that cannot start, or a wrong option, gets one line and no stack trace.
    if (error instanceof SyncError || String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      console.error(`sync:police: ${(error as Error).message}`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  },
);
