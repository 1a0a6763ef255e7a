import { describe, expect, it } from "vitest";
import { isOneSentence } from "../../../src/content/sentences.ts";

describe("isOneSentence", () => {
  it.each([
    "Officers, PCSOs, specials etc. across every ward work with residents.",
    "Teams meet residents, e.g. at ward panels, every three months.",
    "The team is based at St. Pancras police office.",
    "Work i.e. patrols and meetings happens every day.",
    "One sentence with a full stop at the end.",
    "A question?",
  ])("takes %j for one sentence", (text) => {
    expect(isOneSentence(text)).toBe(true);
  });

  it.each(["Two sentences. Here is the second.", "Really? Yes.", "It ends. etc."])("takes %j for more than one", (text) => {
    expect(isOneSentence(text)).toBe(false);
  });
});
