import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/content/problems.ts";
import { buildGuideCollection } from "../../../src/report/collection.ts";
import { CONTACT_SERVICES } from "../../../src/report/contacts.ts";
import { validateGuideFile, validateGuideSource } from "../../../src/report/load.ts";

const file = "content/report/example.md";
const guideFiles = readdirSync("content/report").filter((name) => name.endsWith(".md"));

describe("Report a problem guides in content/report", () => {
  const guides = guideFiles.map((name) => ({ name, result: validateGuideFile(`content/report/${name}`) }));

  it("all validate", () => {
    for (const { name, result } of guides) {
      expect(result.ok ? [] : result.problems.map(formatProblem), name).toEqual([]);
    }
  });

  it("cover every problem residents ask about, each naming who deals with it", () => {
    // The problems issue 15 lists, by the file that answers each.
    const expected = [
      "crime-happening-now", "report-a-crime", "anti-social-behaviour", "noise", "graffiti", "fly-tipping",
      "abandoned-vehicles", "drug-dealing", "street-drinking", "missing-person", "fraud", "hate-crime",
      "road-safety", "tell-the-team", "information-anonymously",
    ];
    expect(guideFiles.map((name) => name.replace(/\.md$/, "")).sort()).toEqual(expect.arrayContaining(expected.sort()));
    const who = (name: string) => {
      const found = guides.find((guide) => guide.name === `${name}.md`)?.result;
      return found?.ok ? found.data.contacts.map((contact) => contact.who) : [];
    };
    expect(who("crime-happening-now")[0]).toBe("999");
    expect(who("graffiti")[0]).toBe("council");
    expect(who("fly-tipping")[0]).toBe("council");
    expect(who("abandoned-vehicles")[0]).toBe("council");
    expect(who("noise")[0]).toBe("council");
    expect(who("fraud")[0]).toBe("report-fraud");
    expect(who("information-anonymously")[0]).toBe("crimestoppers");
    expect(who("tell-the-team")[0]).toBe("local-team");
    expect(who("drug-dealing")).toContain("crimestoppers");
  });

  it("cover what residents asked next, each sent first to whoever deals with it", () => {
    const firstContact = (name: string) => {
      const found = guides.find((guide) => guide.name === `${name}.md`)?.result;
      return found?.ok ? found.data.contacts[0]?.who : `missing or invalid: ${name}`;
    };
    // Parking is the council's; a danger comes to the police.
    expect(firstContact("parking")).toBe("council");
    // The police keep no record of lost property: only a theft is reported.
    expect(firstContact("lost-and-found-property")).toBe("online");
    for (const name of ["stalking-and-harassment", "terrorism-and-suspicious-items", "knives-and-weapons", "dangerous-dogs"]) {
      expect(firstContact(name), name).toBe("999");
    }
    const terrorism = guides.find((guide) => guide.name === "terrorism-and-suspicious-items.md")?.result;
    expect(terrorism?.ok && terrorism.data.contacts.map((contact) => contact.who)).toContain("counter-terrorism");
    expect(CONTACT_SERVICES["counter-terrorism"].telephone).toBe("0800 789 321");
  });

  it("sends council problems to GOV.UK's finder for that service", () => {
    const links = guides.flatMap(({ result }) => (result.ok ? result.data.contacts : [])).filter((c) => c.who === "council");
    expect(links.length).toBeGreaterThan(0);
    for (const contact of links) expect(contact.link).toMatch(/^https:\/\/www\.gov\.uk\//);
    const graffiti = guides.find((guide) => guide.name === "graffiti.md")?.result;
    expect(graffiti?.ok && graffiti.data.contacts[0]?.link).toBe("https://www.gov.uk/report-graffiti");
  });

  it("gives every service a way to reach it", () => {
    for (const [kind, service] of Object.entries(CONTACT_SERVICES)) {
      expect(service.telephone !== undefined || service.linkText !== undefined, kind).toBe(true);
    }
  });
});

describe("guide front matter", () => {
  it("names the file, line and field of each mistake, all at once", () => {
    const source = [
      "---",
      "title: Graffiti",
      "summary: The council. Or not.",
      "order: 5",
      "contacts:",
      "  - who: council",
      "    when: to get it removed",
      "  - who: police",
      "    when: if it is racist",
      "team_does: Works with the council.",
      "keywords: [graffiti]",
      "---",
    ].join("\n");
    const result = validateGuideSource(source, file);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toEqual([
      "content/report/example.md:3:10 summary: expected one sentence: it shows under the title and in lists, so keep the rest for the page",
      expect.stringMatching(/^content\/report\/example\.md:6:\d+ contacts\[0\]\.link: a council contact needs GOV\.UK/),
      expect.stringMatching(/^content\/report\/example\.md:8:\d+ contacts\[1\]\.who: expected one of 999, 101/),
    ]);
  });

  it("accepts only GOV.UK addresses for a council", () => {
    const source = ["---", "title: Noise", "summary: The council.", "order: 1", "contacts:", "  - who: council", "    when: always", "    link: https://example.com/noise", "team_does: Helps.", "keywords: [noise]", "---"].join("\n");
    const result = validateGuideSource(source, file);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/contacts\[0\]\.link: expected a GOV\.UK address/),
    ]);
  });

  it("rejects two guides with the same order, naming both", () => {
    const item = (inputPath: string) => ({ inputPath, url: "/", fileSlug: "x", page: { url: "/", inputPath, fileSlug: "x", outputPath: false as const }, data: {}, templateContent: "" });
    const ok = validateGuideFile("content/report/graffiti.md");
    expect(() => buildGuideCollection([item("a.md"), item("b.md")], () => ok)).toThrow(/already used by a\.md/);
  });
});
