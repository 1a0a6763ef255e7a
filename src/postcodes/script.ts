import { bundlePageScriptSync, type PageScript } from "../assets/page-script.ts";

/**
 * The find page's script, with the list of postcode districts the data has
 * built in: the script can then tell a postcode outside London from a failed
 * download without asking the server.
 */
export function bundleFindScript(entryFile: string, districts: readonly string[]): PageScript {
  return bundlePageScriptSync("find", entryFile, { __POSTCODE_DISTRICTS__: JSON.stringify(districts.join(" ")) });
}
