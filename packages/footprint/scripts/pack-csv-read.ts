/**
 * Reads `data/factors-fr.csv` (the rows of the project's sourced table that may ship) into pack rows, with
 * the mapping of `pack-csv-rows.ts`: units checked, values converted, years and zones resolved, and every
 * liberty taken with the table said in the row's notes, with the licence as read.
 */
import { Decimal } from "decimal.js";
import { parseCsvText } from "@nrs/core";
import type { FactorCriterion } from "../src/packs/factor-pack.js";
import type { Stage } from "../src/impact/criteria.js";
import { ADEME_LICENCE, fail, type FullRow } from "./pack-ademe-model.js";

/** How one row of factors-fr.csv becomes a pack row. */
export interface CsvRowMap {
  readonly item: string;
  readonly criterion: FactorCriterion;
  readonly stage?: Stage;
  readonly unit: string;
  readonly convert?: (v: Decimal) => Decimal;
  readonly year?: number;
  /** The pack's zone when the table's is a description (e.g. "FR (world production)"). */
  readonly geography?: string;
  /** The rule of the cited file, appended to its path. */
  readonly rule?: string;
  readonly label: { readonly fr: string; readonly en: string };
}

const UNIT_IN_CSV: Record<string, string> = {
  "kgCO2e/kWh": "kgCO2e/kWh",
  "kgCO2e/GB": "gCO2e/GB",
  "kgCO2e/unit": "kgCO2e/unit",
  year: "years",
  ratio: "ratio",
  W: "W",
  "h/day": "h/day",
};

export function csvRows(text: string, table: Readonly<Record<string, CsvRowMap>>): FullRow[] {
  const lines = parseCsvText(text, { delimiter: "," });
  const header = lines[0]?.cells ?? fail("factors-fr.csv is empty");
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) fail(`factors-fr.csv has no column ${name}`);
    return i;
  };
  const c = {
    id: col("id"),
    value: col("value"),
    unit: col("unit"),
    year: col("year"),
    source: col("source"),
    url: col("source_url_or_path"),
    licence: col("licence"),
    notes: col("notes"),
    geography: col("geography"),
    min: col("min"),
    max: col("max"),
  };
  const rows: FullRow[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    if (line.problem) fail(`factors-fr.csv line ${line.line}: ${line.problem.message.en}`);
    if (line.cells.every((x) => x.trim() === "")) continue;
    const get = (i: number) => line.cells[i] ?? "";
    const id = get(c.id);
    const map = table[id];
    if (map === undefined) fail(`factors-fr.csv line ${line.line}: row ${id} has no mapping (only rows that may ship belong in this file)`);
    if (UNIT_IN_CSV[map.unit] !== get(c.unit)) fail(`row ${id}: unit ${get(c.unit)}, expected ${UNIT_IN_CSV[map.unit]}`);
    const raw = new Decimal(get(c.value));
    const value = map.convert ? map.convert(raw) : raw;
    // The range, when the table gives one, in the pack's unit like the value.
    const bound = (i: number): string =>
      get(i) === "" ? "" : (map.convert ? map.convert(new Decimal(get(i))) : new Decimal(get(i))).toFixed();
    const [min, max] = [bound(c.min), bound(c.max)];
    if ((min === "") !== (max === "")) fail(`row ${id}: a range needs both min and max`);
    const yearText = get(c.year);
    const year =
      map.year ?? (/^\d{4}$/.test(yearText) ? Number(yearText) : fail(`row ${id}: year "${yearText}" is not a year and no mapping year`));
    const geography = map.geography ?? (get(c.geography) === "n/a" ? "FR" : get(c.geography));
    const notes = [
      map.convert ? `valeur source ${raw.toFixed()} ${get(c.unit)}` : undefined,
      map.year === undefined || yearText === String(map.year)
        ? undefined
        : yearText === "n/a"
          ? `année non indiquée par la source (« ${yearText} ») ; ${map.year} = année de l'étude NegaOctet–ADEME du paquet`
          : `période indiquée par la table : « ${yearText} » ; ${map.year} = année de l'étude NegaOctet–ADEME du paquet`,
      get(c.geography) === "n/a" ? "zone non indiquée par la source ; utilisée ici pour la France" : undefined,
      map.geography !== undefined && map.geography !== get(c.geography) ? `zone de la table : « ${get(c.geography)} »` : undefined,
      get(c.notes) || undefined,
      `licence lue : ${get(c.licence)}`,
    ].filter((x) => x !== undefined);
    rows.push([
      id,
      map.item,
      map.criterion,
      map.stage ?? "",
      value.toFixed(),
      map.unit,
      get(c.source),
      map.rule === undefined ? get(c.url) : `${get(c.url)}#${map.rule}`,
      year,
      geography,
      licenceOf(id, get(c.licence)),
      notes.join(" ; "),
      map.label.fr,
      map.label.en,
      min,
      max,
    ]);
    seen.add(id);
  }
  for (const id of Object.keys(table)) if (!seen.has(id)) fail(`factors-fr.csv lacks row ${id}`);
  return rows;
}

function licenceOf(id: string, read: string): string {
  if (id.startsWith("elec-fr-baseempreinte")) return ADEME_LICENCE.replace(" ; origine NegaOctet", "");
  if (id.startsWith("net-ademe-negaoctet")) return `${ADEME_LICENCE} (valeurs NegaOctet republiées par l'ADEME)`;
  if (id.startsWith("dev-ademe-") || id.startsWith("proxy-")) return ADEME_LICENCE; // the same terms as the devices read from the npm package
  return read;
}
