import { describe, expect, it } from "vitest";
import { fingerprintedName } from "../../../src/assets/fingerprint.ts";

describe("fingerprintedName", () => {
  it("puts a ten-digit hash of the content between the name and the extension", () => {
    expect(fingerprintedName("main", "css", "a{}")).toMatch(/^main\.[0-9a-f]{10}\.css$/);
  });

  it("changes with the content, and only with it", () => {
    expect(fingerprintedName("main", "css", "a{}")).toBe(fingerprintedName("main", "css", new TextEncoder().encode("a{}")));
    expect(fingerprintedName("main", "css", "a{}")).not.toBe(fingerprintedName("main", "css", "b{}"));
  });
});
