import { parseCsvText } from "@nrs/core";
import { describe, expect, it } from "vitest";
import {
  neutraliseCsvFormula,
  OPEN_DATA_FIELDS,
  renderBilan,
  renderStrategy,
  toAgec58Csv,
  toOpenDataCsv,
  type OpenDataRow,
} from "../src/index.js";
import { parseHtml, textOf, walk, type El } from "./support/a11y.js";
import { loadCsvFixtures, GENERATED_AT } from "./support/fixture.js";
import { PAYLOADS } from "./support/payloads.js";
import { poisonedInput } from "./support/poison.js";

const TAGS = new Set([
  "html",
  "head",
  "meta",
  "link",
  "title",
  "style",
  "body",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "ul",
  "li",
  "table",
  "caption",
  "tbody",
  "tr",
  "th",
  "td",
  "svg",
  "path",
  "text",
  "rect",
  "thead",
  "wbr",
]);
const ATTRS = new Set([
  "lang",
  "charset",
  "name",
  "content",
  "rel",
  "href",
  "id",
  "class",
  "scope",
  "viewbox",
  "viewBox",
  "width",
  "height",
  "role",
  "aria-label",
  "d",
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linecap",
  "x",
  "y",
  "text-anchor",
  "font-size",
  "font-weight",
]);

// What an HTML parser gives back for a string written as text: forbidden characters replaced, CR/CRLF as LF.
function asParsed(s: string): string {
  return s
    .replace(
      // eslint-disable-next-line no-control-regex -- the characters HTML forbids, control characters among them
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "\uFFFD",
    )
    .replace(/\r\n?/g, "\n");
}

describe("injection corpus", () => {
  it("has at least 50 payloads", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it("the payloads reach the inputs: every free-text field holds the payload", () => {
    const input = poisonedInput("PAYLOAD");
    expect(input.collectivite.nom).toBe("PAYLOAD");
    expect(input.strategie.mesures.every((m) => m.libelle === "PAYLOAD")).toBe(true);
    expect(input.programme!.acteurs.every((a) => a.role === "PAYLOAD")).toBe(true);
    expect(input.facteurs!.every((f) => f.source === "PAYLOAD" && f.licence === "PAYLOAD")).toBe(true);
    expect(input.constats!.every((c) => c.message.fr === "PAYLOAD")).toBe(true);
  });

  for (const [i, payload] of PAYLOADS.entries()) {
    it(`payload #${i} stays inert text in HTML, Markdown and JSON`, () => {
      const input = poisonedInput(payload);
      for (const out of [
        renderBilan(input, { generatedAt: GENERATED_AT }),
        renderStrategy(input, { generatedAt: GENERATED_AT, lang: "en" }),
      ]) {
        const doc = parseHtml(out.content);
        const els: El[] = [];
        walk(doc, (e) => els.push(e));
        for (const e of els) {
          expect(TAGS.has(e.tagName!), `unexpected <${e.tagName}>`).toBe(true);
          for (const a of e.attrs ?? []) {
            expect(ATTRS.has(a.name), `unexpected attribute ${a.name} on <${e.tagName}>`).toBe(true);
            if (a.name === "href") expect(a.value).toBe("data:,");
          }
        }
        // Nothing lost: the payload is shown as text.
        expect(textOf(doc)).toContain(asParsed(payload));
        expect(out.ecoIndex?.dom).toBe(els.length);
      }
      const md = renderBilan(input, { generatedAt: GENERATED_AT, format: "markdown" }).content;
      expect(md).not.toContain("<");
      expect(md).not.toMatch(/(^|[^\\])\[/);
      expect(md).not.toMatch(/^# titre/m);
      const json = JSON.parse(renderBilan(input, { generatedAt: GENERATED_AT, format: "json" }).content) as {
        inputs: { collectivite: { nom: string } };
      };
      expect(json.inputs.collectivite.nom).toBe(payload);
    });
  }

  it("every payload in every text field of both CSV exports is kept and neutralised", () => {
    const { openData, agec58 } = loadCsvFixtures();
    for (const payload of PAYLOADS) {
      const rows: OpenDataRow[] = openData.map((r) => ({
        ...r,
        administration_rattachement: payload,
        nom_service_public_numerique: payload,
        indicateur: payload,
        unite_mesure: payload,
        source_collecte: payload,
        code_insee: payload,
        commentaires: payload,
      }));
      const { csv } = toOpenDataCsv(rows);
      const back = parseCsvText(csv, { delimiter: "," });
      for (const row of back.slice(1)) {
        for (const name of [
          "administration_rattachement",
          "nom_service_public_numerique",
          "indicateur",
          "unite_mesure",
          "source_collecte",
          "code_insee",
          "commentaires",
        ]) {
          expect(row.cells[OPEN_DATA_FIELDS.findIndex((f) => f.name === name)]).toBe(neutraliseCsvFormula(payload));
        }
        for (const cell of row.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
      const ag = toAgec58Csv(agec58.map((r) => ({ ...r, raison_sociale: payload, commentaires: payload })));
      for (const row of parseCsvText(ag.csv, { delimiter: "," }).slice(1)) {
        expect(row.cells[2]).toBe(neutraliseCsvFormula(payload));
        expect(row.cells[8]).toBe(neutraliseCsvFormula(payload));
      }
    }
  });
});
