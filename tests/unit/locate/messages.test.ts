import { describe, expect, it } from "vitest";
import type { Candidate } from "../../../src/locate/lookup.ts";
import { failureMessage, LINKS, MAX_CHOICES, resultMessage, type Message } from "../../../src/locate/messages.ts";

const text = (message: Message) =>
  [...message.paragraphs, ...(message.choices ?? [])].map((parts) => parts.map((p) => (typeof p === "string" ? p : `[${p.text}](${p.href})`)).join("")).join("\n");

const ward = (code: string, name: string, extra: Partial<Candidate> = {}): Candidate => ({ code, name, borough: "E09000007", href: `areas/camden/${code}/`, ...extra });

describe("Use my location messages", () => {
  it("names the ward with a link to its page", () => {
    expect(text(resultMessage({ kind: "ward", ward: ward("E1", "Camden Town") }, 10))).toBe(
      "You are in [Camden Town](areas/camden/E1/) ward. Its page shows your Safer Neighbourhoods team.",
    );
  });

  it("sends a City position to the City of London explanation, never a Met page", () => {
    const message = text(resultMessage({ kind: "ward", ward: ward("E2", "Bassishaw", { borough: "E09000001", href: undefined, city: true } as never) }, 10));
    expect(message).toContain("City of London Police");
    expect(message).toContain(`(${LINKS.cityOfLondon})`);
    expect(message).not.toContain("areas/camden");
  });

  it("offers the candidates, most likely first, with the accuracy, and at most a few", () => {
    const many = Array.from({ length: MAX_CHOICES + 3 }, (_, i) => ward(`E${i}`, `Ward ${i}`));
    const message = resultMessage({ kind: "uncertain", candidates: many, centreFound: true }, 812.4);
    expect(message.paragraphs[0]?.[0]).toMatch(/within about 812 metres.*The first is the most likely/);
    expect(message.choices).toHaveLength(MAX_CHOICES);
    expect(text(message)).toContain("too rough to narrow it further");
  });

  it("tells outside London (with police.uk) from the river (with the A to Z)", () => {
    expect(text(resultMessage({ kind: "outside", inLondon: false }, 10))).toMatch(/outside London[\s\S]*\(https:\/\/www\.police\.uk\//);
    expect(text(resultMessage({ kind: "outside", inLondon: true }, 10))).toMatch(/River Thames.*\(areas\/\)/);
  });

  it("has its own message for each failure", () => {
    const messages = (["denied", "unavailable", "timeout", "unsupported", "data"] as const).map((f) => text(failureMessage(f)));
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages[0]).toMatch(/did not allow/);
    expect(messages[2]).toMatch(/took too long/);
  });
});
