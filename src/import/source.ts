import { readFileSync } from "node:fs";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";

/*
 * What every importer (npm run import:…) does with the file it is given:
 * name it as the user typed it, read it, and read CSV rows with their line
 * numbers, turning each failure into one line that names the file.
 */

/**
 * A mistake in a file given to an importer, not in our code: the CLI prints
 * the message alone, without a stack trace (Eleventy honours
 * skipOriginalStack too).
 */
export class ImportError extends Error {
  readonly skipOriginalStack = true;
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

/** A path as messages show it: relative to the current folder when inside it, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join("/");
}

/** Why a file could not be read, in words: "no such file", "it is a folder", or the system's code. */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? String(error));
}

/** The file's text; a file that cannot be read becomes the caller's error, built from the reason. */
export function readSourceFile(file: string, failure: (reason: string) => Error): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw failure(unreadableReason(error));
  }
}

export interface CsvRecord {
  readonly record: string[];
  /** The record's last line in the file (the header is line 1). */
  readonly info: { readonly lines: number };
}

/**
 * A CSV file's header and rows. Broken CSV, and a file with no header, throw
 * an ImportError naming the file (and the row, where the parser knows it);
 * `rowsAre` says what the rows should be, for the empty file's message.
 */
export function parseCsvRecords(source: string, file: string, rowsAre: string): { header: CsvRecord; rows: CsvRecord[] } {
  let records: CsvRecord[];
  try {
    records = parse(source, { bom: true, info: true, skip_empty_lines: true, trim: true }) as unknown as CsvRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error["lines"] === "number" ? `: row ${error["lines"]}` : "";
      throw new ImportError(`${file}${line}: not valid CSV: ${error.message}`);
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw new ImportError(`${file}: the file is empty; expected a header row and ${rowsAre}`);
  return { header, rows };
}
