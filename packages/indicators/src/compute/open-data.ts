import { Exact } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import { mine, put, skip, noData, ratio, formula, used, type Ctx } from "./context.js";

const CODE = "part-donnees-schema";

function compute(ctx: Ctx): void {
  const rows = mine(ctx, ctx.data.openData);
  if (rows === undefined) {
    noData(ctx, [CODE], "openData", "Pas de catalogue open data (opendata.csv).", "No open-data catalogue (opendata.csv).");
    return;
  }
  const end = `${ctx.year}-12-31`;
  const published = rows.filter((r) => r.published && (r.publicationDate === undefined || r.publicationDate <= end));
  const withSchema = published.filter((r) => r.schema !== undefined && r.schema !== "");
  const c = ratio(new Exact(withSchema.length), new Exact(published.length), 100);
  if (c === undefined) {
    skip(ctx, [CODE], "DENOMINATEUR_NUL", { fr: `Aucun jeu de données publié au ${end}.`, en: `No dataset published on ${end}.` });
    return;
  }
  put(ctx, CODE, {
    component: c,
    records: [
      used(
        "opendata",
        published.map((r) => r.line),
      ),
    ],
    formula: formula(new Exact(withSchema.length), new Exact(published.length), 100),
    quality: "MESUREE",
  });
}

/** @internal The indicators computed from `openData`. */
export const openDataComputer: DatasetComputer = {
  name: "open-data",
  reads: ["openData"],
  codes: [CODE],
  compute,
};
