/*
 * Ward and borough codes, written once. ONS codes a ward E05 and six digits;
 * data.police.uk writes some Met neighbourhoods with an `N` suffix
 * (E05013806N), which names the same ward.
 */

const ONS_WARD = "E05\\d{6}";

/** A ward code as ward files may write it: ONS's, or data.police.uk's with the N suffix. */
export const WARD_CODE = new RegExp(`^${ONS_WARD}N?$`);
/** A ward code exactly as ONS writes it (the code history has no N suffix). */
export const ONS_WARD_CODE = new RegExp(`^${ONS_WARD}$`);
/** ONS code of a London borough (or the City of London). */
export const BOROUGH_CODE = /^E09\d{6}$/;

const ID_LINE = new RegExp(`^id:\\s*["']?(${ONS_WARD}N?)`, "m");

/** `E05013806N` and `E05013806` name the same ward; compare codes with this. */
export function wardCodeKey(code: string): string {
  return code.endsWith("N") ? code.slice(0, -1) : code;
}

/** The code on a ward file's `id:` line, found without parsing: for a file too broken to parse. */
export function wardCodeInSource(source: string): string | undefined {
  return ID_LINE.exec(source)?.[1];
}
