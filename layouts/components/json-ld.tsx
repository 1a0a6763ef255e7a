import { serialiseJsonLd, type JsonLd } from "../../src/seo/structured-data.ts";

export interface JsonLdScriptProps {
  readonly nodes: readonly JsonLd[];
}

/**
 * Structured data for search engines. A data block, not a script: browsers do
 * not run `application/ld+json`, so the Content-Security-Policy needs no hash
 * for it. preact would entity-escape the JSON as element text (and data blocks
 * are not entity-decoded), so it goes in raw; serialiseJsonLd escapes every
 * `<`, so no value can end the element.
 */
export function JsonLdScript({ nodes }: JsonLdScriptProps) {
  if (nodes.length === 0) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(nodes) }} />;
}
