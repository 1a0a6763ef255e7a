import { describe, expect, it } from "vitest";
import { guidesForText, type GuideLink } from "../../../src/report/match.ts";

const guide = (title: string, order: number, keywords: string[]): GuideLink => ({ url: `/report/${order}/`, title, order, keywords });
const crime = guide("A crime that has already happened", 2, ["burglar", "theft", "criminal damage"]);
const asb = guide("Anti-social behaviour", 3, ["anti-social", "asb"]);
const graffiti = guide("Graffiti", 5, ["graffiti"]);
const flyTipping = guide("Fly-tipping", 6, ["fly-tip"]);
const drugs = guide("Drug dealing", 8, ["drug"]);
const drinking = guide("Street drinking", 9, ["street drink"]);
const guides = [crime, asb, graffiti, flyTipping, drugs, drinking];

describe("guidesForText", () => {
  it("finds the guide a priority is about, from the start of a word", () => {
    expect(guidesForText("Residential burglary", guides)).toEqual([crime]);
    expect(guidesForText("Drug dealing on the canal towpath", guides)).toEqual([drugs]);
  });

  it("folds hyphens and spaces, so authors need not agree on spelling", () => {
    expect(guidesForText("Antisocial behaviour on the estate", guides)).toEqual([asb]);
    expect(guidesForText("Anti social behaviour", guides)).toEqual([asb]);
    expect(guidesForText("Fly tipping behind the market", guides)).toEqual([flyTipping]);
    expect(guidesForText("Flytipping", guides)).toEqual([flyTipping]);
  });

  it("puts the problem named first first, and stops at the limit", () => {
    expect(guidesForText("Graffiti and criminal damage", guides)).toEqual([graffiti, crime]);
    expect(guidesForText("Street drinking and drug use near the station", guides)).toEqual([drinking, drugs]);
    expect(guidesForText("Graffiti, drug dealing and burglary", guides, 1)).toEqual([graffiti]);
  });

  it("does not match inside a word or when nothing fits", () => {
    expect(guidesForText("Redrugged carpets", guides)).toEqual([]);
    expect(guidesForText("Spiking and safety at night", guides)).toEqual([]);
  });
});
