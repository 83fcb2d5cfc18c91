import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalText } from "../../src/output/terminal-text.js";

describe("terminalText", () => {
  it("makes escape sequences, bell, carriage return and bidi overrides inert, and keeps tab, line feed and letters", () => {
    expect(terminalText("Ville\u001b]0;x\u0007\u001b[2J")).toBe("Ville\uFFFD]0;x\uFFFD\uFFFD[2J");
    expect(terminalText("a\rb\u009b31m\u202Eevil")).toBe("a\uFFFDb\uFFFD31m\uFFFDevil");
    expect(terminalText("Communauté\td'agglo\n« ok » – عربي")).toBe("Communauté\td'agglo\n« ok » – عربي");
  });

  it("leaves no control character but tab and line feed, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        // eslint-disable-next-line no-control-regex -- what must not reach the terminal: control and bidi characters
        expect(terminalText(s)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });
});
