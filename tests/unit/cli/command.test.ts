import { afterEach, describe, expect, it, vi } from "vitest";
import { isUsersMistake, runCommand } from "../../../src/cli/command.ts";
import { ImportError } from "../../../src/import/source.ts";

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("runCommand", () => {
  it("prints a user's mistake line by line after the command's name, and exits with 1", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    await runCommand("import:things", () => {
      throw new ImportError("things.csv: row 2: wrong\nthings.csv: row 3: also wrong");
    }, [ImportError]);
    expect(printed).toHaveBeenCalledWith("import:things: things.csv: row 2: wrong\nimport:things: things.csv: row 3: also wrong");
    expect(process.exitCode).toBe(1);
  });

  it("lets our own bugs through, with their stack", async () => {
    await expect(runCommand("import:things", () => {
      throw new TypeError("undefined is not a function");
    }, [ImportError])).rejects.toThrow(TypeError);
  });
});

describe("isUsersMistake", () => {
  it("counts an option parseArgs refused as the user's", () => {
    const refused = Object.assign(new TypeError("Unknown option '--nope'"), { code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" });
    expect(isUsersMistake(refused, [])).toBe(true);
    expect(isUsersMistake(new Error("boom"), [ImportError])).toBe(false);
  });
});
