import { describe, expect, it } from "vitest";
import { faqPage, htmlToText, serialiseJsonLd, siteOrganisation, wardBases } from "../../../src/seo/structured-data.ts";
import { makeWard } from "../layouts/ward-fixtures.ts";

const config = { url: "https://www.example.org", pathPrefix: "/sn/", name: "Safer Neighbourhoods", description: "Find your team." };

describe("serialiseJsonLd", () => {
  it("adds the schema.org context to one node, or a @graph of several", () => {
    expect(JSON.parse(serialiseJsonLd([{ "@type": "Thing", name: "a" }]))).toEqual({
      "@context": "https://schema.org",
      "@type": "Thing",
      name: "a",
    });
    expect(JSON.parse(serialiseJsonLd([{ "@type": "A" }, { "@type": "B" }]))).toEqual({
      "@context": "https://schema.org",
      "@graph": [{ "@type": "A" }, { "@type": "B" }],
    });
  });

  it("escapes every < so that data cannot close the script element or open a comment", () => {
    const name = `</script><script>alert("owned")</script><!--`;
    const json = serialiseJsonLd([{ "@type": "Thing", name }]);
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect(JSON.parse(json).name).toBe(name);
  });
});

describe("siteOrganisation", () => {
  it("is a GovernmentOrganization for the whole site, at the configured address", () => {
    expect(siteOrganisation(config)).toEqual({
      "@type": "GovernmentOrganization",
      "@id": "https://www.example.org/sn/#organisation",
      name: "Safer Neighbourhoods",
      description: "Find your team.",
      url: "https://www.example.org/sn/",
      areaServed: { "@type": "City", name: "London" },
    });
  });
});

describe("faqPage", () => {
  it("lists each question with its answer as text", () => {
    const page = faqPage(
      "/faq/",
      [{ question: "Who is in a team?", answerHtml: "<p>Officers &amp; PCSOs.</p>\n<ul>\n<li>one</li>\n<li><a href=\"/x/\">two</a></li>\n</ul>\n" }],
      config,
    );
    expect(page).toEqual({
      "@type": "FAQPage",
      "@id": "https://www.example.org/sn/faq/#questions",
      url: "https://www.example.org/sn/faq/",
      mainEntity: [
        { "@type": "Question", name: "Who is in a team?", acceptedAnswer: { "@type": "Answer", text: "Officers & PCSOs.\none\ntwo" } },
      ],
    });
  });
});

describe("wardBases", () => {
  const ward = makeWard({
    id: "E05013655",
    name: "Camden Town",
    slug: "camden-town",
    locations: [
      { name: "Camden Town police office", type: "police-station", address: "60 Bayham Street, London", postcode: "NW1 0AG", front_counter: true },
      { name: "Market kiosk", type: "kiosk", address: "Camden High Street", postcode: "NW1 8NH", front_counter: false },
      { name: "Market kiosk", type: "kiosk", address: "Chalk Farm Road, London", postcode: "NW1 8AH", front_counter: false },
    ],
  });
  const nodes = wardBases(ward, config);

  it("makes police stations PoliceStation and other bases CivicStructure", () => {
    expect(nodes.map((node) => node["@type"])).toEqual(["PoliceStation", "CivicStructure", "CivicStructure"]);
  });

  it("gives each base a stable @id: the ward page's URL and a fragment from its name, unique on the page", () => {
    expect(nodes.map((node) => node["@id"])).toEqual([
      "https://www.example.org/sn/areas/camden/camden-town/#base-camden-town-police-office",
      "https://www.example.org/sn/areas/camden/camden-town/#base-market-kiosk",
      "https://www.example.org/sn/areas/camden/camden-town/#base-market-kiosk-2",
    ]);
    expect(wardBases(ward, config)).toEqual(nodes);
  });

  it("writes a postal address with the town in its own field", () => {
    expect(nodes[0]?.address).toEqual({
      "@type": "PostalAddress",
      streetAddress: "60 Bayham Street",
      addressLocality: "London",
      postalCode: "NW1 0AG",
      addressCountry: "GB",
    });
    expect((nodes[1]?.address as { streetAddress: string }).streetAddress).toBe("Camden High Street");
  });

  it("has nothing for a ward without bases", () => {
    expect(wardBases(makeWard({ id: "E05013660", name: "Kentish Town South", slug: "kentish-town-south" }), config)).toEqual([]);
  });
});

describe("htmlToText", () => {
  it("keeps a line per block, drops tags and decodes the renderer's entities", () => {
    expect(htmlToText("<p>A <strong>bold</strong>\nclaim &amp; &quot;quote&quot;.</p><ol><li>x &lt; y</li></ol>")).toBe(
      'A bold claim & "quote".\nx < y',
    );
  });
});
