/** What goes in /.well-known/security.txt (RFC 9116). */
export interface SecurityTxtOptions {
  /** A mailto:, https: or tel: URI. */
  readonly contact: string;
  readonly expires: Date;
  /** Where this file is published, as a full URL. */
  readonly canonical: string;
  readonly preferredLanguages?: readonly string[];
}

/** RFC 9116 recommends an expiry less than a year ahead; each deploy renews it. */
export const SECURITY_TXT_LIFETIME_DAYS = 180;

export function securityTxtExpiry(builtAt: Date, days = SECURITY_TXT_LIFETIME_DAYS): Date {
  const expires = new Date(builtAt.getTime() + days * 24 * 60 * 60 * 1000);
  // Whole seconds: RFC 3339 as the RFC's own examples write it.
  expires.setUTCMilliseconds(0);
  return expires;
}

export class SecurityTxtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecurityTxtError";
  }
}

/** security.txt's text. A contact that is not a mailto:, https: or tel: URI stops the build. */
export function securityTxt(options: SecurityTxtOptions): string {
  if (!/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d-]+)$/.test(options.contact)) {
    throw new SecurityTxtError(
      `SECURITY_CONTACT must be an email address or a mailto:, https: or tel: URI, got ${JSON.stringify(options.contact)}`,
    );
  }
  const lines = [
    `Contact: ${options.contact}`,
    `Expires: ${options.expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    `Canonical: ${options.canonical}`,
    `Preferred-Languages: ${(options.preferredLanguages ?? ["en"]).join(", ")}`,
  ];
  return `${lines.join("\n")}\n`;
}
