import { describe, expect, it } from "vitest";
import { WardLinks } from "../../../layouts/components/ward-links.tsx";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { abbeyRoad, belsize, camdenTown, kentishTown, NOW } from "./ward-fixtures.ts";

const directory = buildDirectory([camdenTown, kentishTown, belsize, abbeyRoad], NOW);

describe("<WardLinks>", () => {
  it("links each ward, from its code with or without the N suffix, as a list or a sentence", () => {
    const list = renderToHtml(<WardLinks codes={[`${kentishTown.id}N`]} directory={directory} />);
    expect(list).toBe(`<ul class="sn-ward-links"><li class="sn-ward-links__item"><a href="/areas/camden/${kentishTown.slug}/">${kentishTown.name}</a></li></ul>`);
    const inline = renderToHtml(<WardLinks codes={[camdenTown.id, kentishTown.id]} directory={directory} variant="inline" />);
    expect(inline).toBe(`<a href="/areas/camden/camden-town/">Camden Town</a> and <a href="/areas/camden/${kentishTown.slug}/">${kentishTown.name}</a>`);
  });

  it("treats a code no ward has as a bug: the ward checks stop such a build first", () => {
    expect(() => renderToHtml(<WardLinks codes={["E05000999"]} directory={directory} />)).toThrow("No ward has the code E05000999");
  });
});
