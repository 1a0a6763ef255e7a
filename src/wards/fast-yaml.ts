/*
 * A fast reader for the plain, block-style YAML that ward files are written
 * in. The `yaml` library builds a full syntax tree with source positions and
 * reads about 4 MB a second: 20,000 ward files would take 15 seconds. This
 * reads the same files in a fraction of that.
 *
 * It is deliberately narrow. Anything outside the subset below makes it
 * return undefined, and the caller uses the full parser, which also gives
 * the line numbers needed for error messages. So it never has to report an
 * error itself, and it must never return a value that differs from what the
 * `yaml` library (YAML 1.2 core schema) would return.
 *
 * Handled: block mappings with simple keys, block sequences (including the
 * `- key: value` form and sequences level with their key), plain, 'single'
 * and "double" quoted one-line scalars, `[]` and `{}`, comments, blank lines.
 * Not handled (falls back): multi-line scalars, `|` and `>` blocks, flow
 * collections with content, anchors, aliases, tags, directives, documents
 * markers, tabs, duplicate keys, odd numbers (0x, 0o, .inf, .nan).
 */

class Unsupported extends Error {}

interface Line {
  readonly indent: number;
  readonly text: string;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const RESERVED_KEYS = /^(?:null|true|false|__proto__)$/i;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
// A plain scalar may not start with these (a leading - ? : needs a space after to be an indicator, but we stay safe).
const INDICATOR_START = /^[,[\]{}#&*!|>'"%@`?:]/;

/** The value of a simple YAML document, or undefined if it uses anything beyond the subset above. */
export function fastParseYaml(source: string): unknown {
  if (source.includes("\t") || source.includes("\uFEFF") || /\r(?!\n)/.test(source)) return undefined;
  const lines: Line[] = [];
  for (const raw of source.split("\n")) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    let end = raw.length;
    while (end > indent && (raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 13)) end--;
    if (end === indent || raw.charCodeAt(indent) === 35 /* # */) continue;
    const text = raw.slice(indent, end);
    if (text.startsWith("---") || text.startsWith("...") || text.startsWith("%")) return undefined;
    lines.push({ indent, text });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines);
    const value = reader.mapping(0);
    return reader.done() ? value : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Reader {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.i === this.lines.length;
  }

  private get line(): Line | undefined {
    return this.lines[this.i];
  }

  /** A block at `indent` or deeper: whichever kind its first line starts. */
  private block(parentIndent: number): unknown {
    const line = this.line;
    if (!line || line.indent <= parentIndent) return null;
    return isSequenceEntry(line.text) ? this.sequence(line.indent) : this.mapping(line.indent);
  }

  mapping(indent: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (let line = this.line; line && line.indent >= indent; line = this.line) {
      if (line.indent > indent || isSequenceEntry(line.text)) throw new Unsupported();
      const match = KEY.exec(line.text);
      const key = match?.[1];
      if (!match || key === undefined || RESERVED_KEYS.test(key) || Object.hasOwn(result, key)) throw new Unsupported();
      const rest = match[2] ?? "";
      this.i++;
      if (rest === "" || rest.startsWith("#")) {
        const next = this.line;
        // A sequence may sit level with its key.
        result[key] = next && next.indent === indent && isSequenceEntry(next.text) ? this.sequence(indent) : this.block(indent);
      } else {
        result[key] = inlineValue(rest);
        this.noContinuation(indent);
      }
    }
    return result;
  }

  private sequence(indent: number): unknown[] {
    const result: unknown[] = [];
    for (let line = this.line; line && line.indent >= indent; line = this.line) {
      if (line.indent > indent) throw new Unsupported();
      if (!isSequenceEntry(line.text)) break;
      const rest = line.text.slice(1);
      const content = rest.trimStart();
      if (content === "" || content.startsWith("#")) {
        this.i++;
        result.push(this.block(indent));
      } else if (isSequenceEntry(content)) {
        throw new Unsupported();
      } else if (KEY.test(content)) {
        // `- key: value` opens a mapping whose keys line up with this first one.
        const innerIndent = indent + 1 + (rest.length - content.length);
        this.lines[this.i] = { indent: innerIndent, text: content };
        result.push(this.mapping(innerIndent));
      } else {
        this.i++;
        result.push(inlineValue(content));
        this.noContinuation(indent);
      }
    }
    return result;
  }

  /** A deeper line straight after a scalar would continue it over several lines. */
  private noContinuation(indent: number): void {
    const next = this.line;
    if (next && next.indent > indent) throw new Unsupported();
  }
}

function isSequenceEntry(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

function inlineValue(text: string): unknown {
  if (text === "[]") return [];
  if (text === "{}") return {};
  const first = text[0];
  if (first === '"') return doubleQuoted(text);
  if (first === "'") return singleQuoted(text);
  return plain(text);
}

function plain(text: string): unknown {
  const comment = text.indexOf(" #");
  const value = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
  if (
    value === "" ||
    INDICATOR_START.test(value) ||
    isSequenceEntry(value) ||
    value.includes(": ") ||
    value.endsWith(":")
  ) {
    throw new Unsupported();
  }
  if (NULL.test(value)) return null;
  if (TRUE.test(value)) return true;
  if (FALSE.test(value)) return false;
  if (INT.test(value) || FLOAT.test(value)) return Number(value);
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(value) || /^0[ox]/.test(value)) throw new Unsupported();
  return value;
}

function singleQuoted(text: string): string {
  let out = "";
  let i = 1;
  for (;;) {
    const end = text.indexOf("'", i);
    if (end === -1) throw new Unsupported();
    out += text.slice(i, end);
    if (text[end + 1] === "'") {
      out += "'";
      i = end + 2;
    } else {
      afterQuote(text, end + 1);
      return out;
    }
  }
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", n: "\n", t: "\t" };

function doubleQuoted(text: string): string {
  let out = "";
  for (let i = 1; i < text.length; i++) {
    const char = text[i] ?? "";
    if (char === '"') {
      afterQuote(text, i + 1);
      return out;
    }
    if (char !== "\\") {
      out += char;
      continue;
    }
    const escape = text[++i] ?? "";
    const simple = ESCAPES[escape];
    if (simple !== undefined) {
      out += simple;
    } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else {
      throw new Unsupported();
    }
  }
  throw new Unsupported();
}

/** Only a comment may follow a closing quote. */
function afterQuote(text: string, from: number): void {
  const rest = text.slice(from);
  if (rest !== "" && !/^ +#/.test(rest)) throw new Unsupported();
}
