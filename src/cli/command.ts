import { parseArgs, type ParseArgsConfig } from "node:util";

/*
 * What every npm run command in scripts/ shares: --help, and the rule that a
 * user's mistake (a wrong file, a bad option) prints one line per problem,
 * never a stack trace, while our own bugs keep theirs.
 */

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** The command's arguments; with --help (-h), the usage is printed and the result is undefined. */
export function commandLine<const Options extends OptionsConfig>(
  usage: string,
  options: Options,
): ReturnType<typeof parseArgs<{ allowPositionals: true; options: Options }>> | undefined {
  const parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: "boolean", short: "h" } } });
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return undefined;
  }
  return parsed as ReturnType<typeof parseArgs<{ allowPositionals: true; options: Options }>>;
}

// Any Error subclass, whatever its constructor takes.
type ErrorClass = abstract new (...args: never[]) => Error;

/** Whether an error is one the user can fix: one of `mistakes`, or an option parseArgs refused. */
export function isUsersMistake(error: unknown, mistakes: readonly ErrorClass[]): error is Error {
  if (mistakes.some((kind) => error instanceof kind)) return true;
  return error instanceof Error && String((error as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");
}

/** Run a command; a user's mistake prints each line of its message after the command's name and exits with 1. */
export async function runCommand(name: string, main: () => void | Promise<void>, mistakes: readonly ErrorClass[]): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!isUsersMistake(error, mistakes)) throw error;
    console.error(error.message.split("\n").map((line) => `${name}: ${line}`).join("\n"));
    process.exitCode = 1;
  }
}
