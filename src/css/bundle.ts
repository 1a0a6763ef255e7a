import browserslist from "browserslist";
import { browserslistToTargets, bundle } from "lightningcss";
import { fingerprintedName } from "../assets/fingerprint.ts";

export interface CssBundle {
  /** File name with a content hash, so it can be cached for a year. */
  readonly fileName: string;
  readonly code: Uint8Array;
}

/** Bundle @imports, minify and lower syntax for the project's browserslist targets. */
export function bundleCss(entryFile: string, { name = "main", projectRoot = process.cwd() } = {}): CssBundle {
  const targets = browserslistToTargets(browserslist(undefined, { path: projectRoot }));
  const { code } = bundle({ filename: entryFile, minify: true, targets });
  return { fileName: fingerprintedName(name, "css", code), code };
}
