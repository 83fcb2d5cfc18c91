import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../src/escape-markdown.js";

describe("escapeMarkdown and GFM autolinks", () => {
  it("breaks bare URLs, www. addresses and e-mail addresses so they link nowhere", () => {
    expect(escapeMarkdown("voir https://evil.example/x")).toBe("voir https\\://evil.example/x");
    expect(escapeMarkdown("WWW.evil.example")).toBe("WWW\\.evil.example");
    expect(escapeMarkdown("dpo@ville.example")).toBe("dpo\\@ville.example");
    expect(escapeMarkdown("javascript://%0aalert(1)")).toBe("javascript\\://%0aalert(1)");
    expect(escapeMarkdown("Mairie")).toBe("Mairie");
  });
});

describe("escapeMarkdown on long words", () => {
  it("does work linear in the text: a 200,000-letter word is escaped like a short one", () => {
    const word = "x".repeat(200_000);
    expect(escapeMarkdown(word)).toBe(word);
    expect(escapeMarkdown(`${word}://`)).toBe(`${word}\\://`);
  });
});
