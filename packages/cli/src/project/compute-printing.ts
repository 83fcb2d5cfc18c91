import { Decimal } from "decimal.js";
import { definedProps, NrsError, type Problem } from "@nrs/core";
import { combineFootprints, computePrintingFootprint, type FactorPack, type FootprintResult, type ImpactTable } from "@nrs/footprint";
import { parsePrintingCsv, type PrintingRecord } from "@nrs/indicators";
import { knownEntities } from "./known-entities.js";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/** The paper of a year's printing: its footprint (total and per entity) and what it counted. */
export interface PrintingFootprint extends FootprintResult {
  /** Per entity (`""` for lines that name none), summing to the total. */
  readonly byEntity: Readonly<Record<string, ImpactTable>>;
  /** Paper counted, in A4 sheets, and pages printed (as decimal strings). */
  readonly a4Sheets: string;
  readonly pages: string;
}

/** `donnees/<year>/impressions.csv` read with `@nrs/indicators`' parser: its records and problems (file, line, column). */
export async function readPrinting(project: LoadedProject, year: number): Promise<{ records: PrintingRecord[]; problems: Problem[] }> {
  const file = LAYOUT.data(year, "impressions.csv");
  const known = knownEntities(project.collectivite);
  const parsed = await parsePrintingCsv(project.files.stream(file), known ? { knownEntities: known } : {});
  return { records: [...parsed.records], problems: project.files.withFile(file, parsed.problems) };
}

/**
 * The footprint of the paper the year's printing used, from the records of `impressions.csv`, with
 * `@nrs/footprint`'s `computePrintingFootprint` once per entity (the total is their exact sum, so the
 * entities add up to it). `undefined` with the problem when the pack has no paper factor. Printers are
 * devices of the inventory; toner and ink have no public factor and are not counted.
 */
export function printingFootprint(
  project: LoadedProject,
  year: number,
  records: readonly PrintingRecord[],
  pack: FactorPack,
): { footprint: PrintingFootprint | undefined; problems: Problem[] } {
  const byEntity = new Map<string, PrintingRecord[]>();
  for (const r of records) {
    const e = r.entity ?? "";
    byEntity.set(e, [...(byEntity.get(e) ?? []), r]);
  }
  try {
    const parts = [...byEntity.keys()].sort().map((entity) => {
      const lines = (byEntity.get(entity) ?? []).map((r) => ({
        format: r.format,
        colour: r.colour,
        ...definedProps({ pages: r.pages, sheets: r.sheets, duplex: r.duplex }),
        label: `impressions.csv:${r.line ?? "?"}`,
      }));
      return { entity, result: computePrintingFootprint({ lines, pack }) };
    });
    const total = combineFootprints(parts.map((p) => p.result));
    return {
      footprint: {
        ...total,
        byEntity: Object.fromEntries(parts.map((p) => [p.entity, p.result.impacts])),
        a4Sheets: parts.reduce((s, p) => s.plus(p.result.a4Sheets), new Decimal(0)).toString(),
        pages: parts.reduce((s, p) => s.plus(p.result.pages), new Decimal(0)).toString(),
      },
      problems: [],
    };
  } catch (e) {
    if (!(e instanceof NrsError)) throw e;
    return { footprint: undefined, problems: project.files.withFile(LAYOUT.data(year, "impressions.csv"), e.problems) };
  }
}
