import { createHash } from "node:crypto";

/**
 * `name.<hash>.ext`: the name changes whenever the content does, so the CDN
 * can cache the file for a year without serving stale code.
 */
export function fingerprintedName(name: string, extension: string, content: Uint8Array | string): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return `${name}.${hash}.${extension}`;
}
