import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { META_WEIGHTS } from "../../src/search/ranking.ts";
import type { PagefindLike, ResultLike } from "../../src/search/ui-search.ts";

export interface NodeResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

export type NodePagefind = PagefindLike<ResultLike<NodeResultData>> & { destroy(): Promise<void> };

let fetchShimmed = false;

/**
 * A built site's own pagefind.js, run in Node, with the options the search
 * page sets: the same index, WebAssembly and ranking a reader's browser uses.
 * Node's fetch cannot read files, so file: addresses are read from disk.
 */
export async function loadBuiltPagefind(siteDir: string): Promise<NodePagefind> {
  if (!fetchShimmed) {
    const networkFetch = globalThis.fetch;
    globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      const address = input instanceof Request ? input.url : String(input);
      if (!address.startsWith("file:")) return networkFetch(input, init);
      return new Response(await readFile(fileURLToPath(new URL(address))));
    };
    fetchShimmed = true;
  }
  const bundle = path.resolve(siteDir, "pagefind");
  // A query string makes each site's bundle a module of its own.
  const pagefind = (await import(`${pathToFileURL(path.join(bundle, "pagefind.js")).href}?site=${encodeURIComponent(siteDir)}`)) as NodePagefind & {
    options(options: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
  };
  await pagefind.options({ basePath: `${pathToFileURL(bundle).href}/`, baseUrl: "/", ranking: { metaWeights: META_WEIGHTS } });
  await pagefind.init();
  return pagefind;
}
