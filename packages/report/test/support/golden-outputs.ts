// Every golden file of the val-de-fictive case, rendered from its input: the golden test compares them with
// the files in Node, the browser test renders them in Chromium and compares them with the same files.
import { renderBilan, renderStrategy, toAgec58Csv, toOpenDataCsv } from "../../src/index.js";
import { csvFixtures, fixtureInput, GENERATED_AT, type ReadFixture } from "./fixture-input.js";

/** Golden file name → content rendered now. */
export function goldenOutputs(read: ReadFixture): Record<string, string> {
  const input = fixtureInput(read);
  const { openData, agec58 } = csvFixtures(read);
  const o = { generatedAt: GENERATED_AT };
  const od = toOpenDataCsv(openData);
  const ag = toAgec58Csv(agec58);
  return {
    "bilan-2025.fr.html": renderBilan(input, o).content,
    "bilan-2025.en.html": renderBilan(input, { ...o, lang: "en" }).content,
    "bilan-2025.fr.md": renderBilan(input, { ...o, format: "markdown" }).content,
    "bilan-2025.en.md": renderBilan(input, { ...o, format: "markdown", lang: "en" }).content,
    "bilan-2025.json": renderBilan(input, { ...o, format: "json" }).content,
    "strategie.fr.html": renderStrategy(input, o).content,
    "strategie.en.html": renderStrategy(input, { ...o, lang: "en" }).content,
    "strategie.fr.md": renderStrategy(input, { ...o, format: "markdown" }).content,
    "strategie.json": renderStrategy(input, { ...o, format: "json" }).content,
    "indicateurs.csv": od.csv,
    "indicateurs.resource.json": JSON.stringify(od.resource, null, 2) + "\n",
    "agec58.csv": ag.csv,
    "agec58.resource.json": JSON.stringify(ag.resource, null, 2) + "\n",
  };
}
