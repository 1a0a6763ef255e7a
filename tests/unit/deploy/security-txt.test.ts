import { describe, expect, it } from "vitest";
import { SECURITY_TXT_LIFETIME_DAYS, securityTxt, SecurityTxtError, securityTxtExpiry } from "../../../src/deploy/security-txt.ts";

const builtAt = new Date("2026-11-26T12:34:56.789Z");

describe("securityTxt (RFC 9116)", () => {
  const text = securityTxt({
    contact: "mailto:security@example.police.uk",
    expires: securityTxtExpiry(builtAt),
    canonical: "https://example.org/.well-known/security.txt",
  });

  it("has the required Contact and Expires fields, with Canonical and Preferred-Languages", () => {
    expect(text).toBe(
      [
        "Contact: mailto:security@example.police.uk",
        "Expires: 2027-05-25T12:34:56Z",
        "Canonical: https://example.org/.well-known/security.txt",
        "Preferred-Languages: en",
        "",
      ].join("\n"),
    );
  });

  it("expires in the future but less than a year after the build, as the RFC recommends", () => {
    const expires = securityTxtExpiry(builtAt);
    const days = (expires.getTime() - builtAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(365);
    expect(Math.round(days)).toBe(SECURITY_TXT_LIFETIME_DAYS);
  });

  it("accepts https: and tel: contacts, and refuses anything that is not a URI", () => {
    const at = (contact: string) => () => securityTxt({ contact, expires: builtAt, canonical: "https://example.org/" });
    expect(at("https://example.org/report")).not.toThrow();
    expect(at("tel:+44-20-7946-0101")).not.toThrow();
    expect(at("security@example.org")).toThrow(SecurityTxtError);
    expect(at("http://example.org/report")).toThrow(/SECURITY_CONTACT/);
  });
});
