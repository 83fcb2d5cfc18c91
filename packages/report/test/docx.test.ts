import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { renderBilan } from "../src/index.js";
import { renderBilanDocx } from "../src/docx.js";
import { GENERATED_AT, loadFixture } from "./support/fixture.js";

// Opens the .docx as Word would: a ZIP whose word/document.xml holds the paragraphs (with their heading
// styles), the tables and the charts (word/charts/chartN.xml, native drawings with their own figures).
async function open(lang: "fr" | "en") {
  const out = await renderBilanDocx(loadFixture(), { generatedAt: GENERATED_AT, lang });
  const files = unzipSync(out.content);
  const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  return { out, files, document: xml("word/document.xml"), xml };
}

// The text of each paragraph of a given style, in order.
function styled(document: string, style: string): string[] {
  return [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)]
    .filter((m) => m[1] === style)
    .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
}

describe("the bilan as a .docx", () => {
  it("is a Word document: content types, a main part, A4 pages numbered in the footer", async () => {
    const { out, files, xml } = await open("fr");
    expect(out.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect([...out.content.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/footer1.xml"]),
    );
    expect(xml("word/document.xml")).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml("word/footer1.xml")).toMatch(/PAGE.*NUMPAGES/s);
  });

  it("has the HTML's headings, in the same order, as Word heading styles (synthesis first)", async () => {
    const { document } = await open("fr");
    const html = renderBilan(loadFixture(), { generatedAt: GENERATED_AT }).content;
    const h2 = [...html.matchAll(/<h2 id="[^"]+"[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
    expect(styled(document, "Title")).toEqual(["Bilan 2025 de la stratégie numérique responsable"]);
    expect(styled(document, "Heading1")).toEqual(h2);
    expect(h2[0]).toBe("Synthèse 2025");
    expect(styled(document, "Heading2")).toEqual(
      expect.arrayContaining(["Indicateurs", "Avancement des mesures", "Empreinte environnementale du numérique"]),
    );
  });

  it("writes the tables with a header row repeated on each page, and the indicators' values in French", async () => {
    const { document } = await open("fr");
    const tables = document.match(/<w:tbl>/g) ?? [];
    const html = renderBilan(loadFixture(), { generatedAt: GENERATED_AT }).content;
    expect(tables.length).toBe((html.match(/<table>/g) ?? []).length);
    expect((document.match(/<w:tblHeader\/>/g) ?? []).length).toBe(tables.length);
    expect(document).toContain("Indicateurs 2025\u00A0: valeur, cible et trajectoire");
    expect(document).toContain("376,41\u00A0kgCO2e/agent");
  });

  it("draws each chart of the HTML as a native Word chart with its figures", async () => {
    const { files, xml } = await open("en");
    const charts = Object.keys(files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    const html = renderBilan(loadFixture(), { generatedAt: GENERATED_AT, lang: "en" }).content;
    expect(charts.length).toBe((html.match(/<svg /g) ?? []).length);
    const all = charts.map(xml).join("");
    expect(all).toContain("<c:barChart>");
    expect(all).toContain('<c:grouping val="stacked"/>');
    expect(all).toContain("Axis 1 – Sustainable procurement");
  });

  it("refuses the docx format on the main entry, pointing to @nrs/report/docx", () => {
    expect(() => renderBilan(loadFixture(), { format: "docx" })).toThrow(/@nrs\/report\/docx/);
  });
});
