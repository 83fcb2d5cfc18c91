import type { DatasetComputer } from "./dataset-computer.js";
import { noData, type Ctx } from "./context.js";
import { territoryIndicators } from "../territory-indicator-values.js";

const CODES = ["empreinte-territoire-totale", "empreinte-territoire-par-habitant", "part-administration-empreinte-territoire"] as const;

function compute(ctx: Ctx): void {
  const territory = ctx.data.territory;
  if (territory === undefined) {
    noData(
      ctx,
      CODES,
      "territory",
      "Empreinte du territoire non calculée (territoire.json).",
      "Territory footprint not computed (territoire.json).",
    );
    return;
  }
  const t = territoryIndicators(territory, { year: ctx.year, entity: ctx.entity });
  ctx.values.push(...t.values);
  ctx.notComputed.push(...t.notComputed);
}

/** @internal The `TERRITOIRE` indicators, computed from `territory` (a `computeTerritoryFootprint` result). */
export const territoryComputer: DatasetComputer = { name: "territoire", reads: ["territory"], codes: CODES, compute };
