import { ex, Exact, toDecimal, type Message } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent } from "../indicator-value.js";
import { mine, put, skip, noData, ratio, fmt, formula, type Ctx } from "./context.js";

function compute(ctx: Ctx): void {
  const data = ctx.data;
  const rows = mine(ctx, data.hosting);
  if (data.servers === undefined) {
    noData(
      ctx,
      ["part-serveurs-virtualises"],
      "servers",
      "Le nombre de serveurs virtuels et physiques n'est pas renseigné.",
      "The number of virtual and physical servers is not given.",
    );
  } else {
    const v = ex(toDecimal(data.servers.virtual, ["servers", "virtual"]));
    const p = ex(toDecimal(data.servers.physical, ["servers", "physical"]));
    const c = v.isNegative() || p.isNegative() ? undefined : ratio(v, v.plus(p), 100);
    if (c === undefined)
      skip(ctx, ["part-serveurs-virtualises"], "DENOMINATEUR_NUL", {
        fr: "Aucun serveur (ou nombre négatif).",
        en: "No server (or a negative count).",
      });
    else
      put(ctx, "part-serveurs-virtualises", {
        component: c,
        records: [{ dataset: "hebergement", count: 1 }],
        formula: { fr: `${fmt(v)} / (${fmt(v)} + ${fmt(p)}) × 100`, en: `${fmt(v)} / (${fmt(v)} + ${fmt(p)}) × 100` },
        quality: "MESUREE",
      });
  }
  if (rows === undefined) {
    noData(ctx, ["pue"], "hosting", "Pas d'inventaire de l'hébergement.", "No hosting inventory.");
    return;
  }
  const start = `${ctx.year}-01-01`;
  const active = rows.filter(
    (r) => (r.retirementDate === undefined || r.retirementDate >= start) && (r.endDate === undefined || r.endDate >= start),
  );
  // Energy and PUE checked and converted (a number or a decimal string is accepted), with the line's path.
  const index = new Map(data.hosting?.map((r, i) => [r, i]));
  const known = active.flatMap((r) => {
    if (r.annualKwh === undefined || r.pue === undefined) return [];
    const at = index.get(r) ?? 0;
    const annualKwh = toDecimal(r.annualKwh, ["hosting", at, "annualKwh"]);
    return annualKwh.isZero() ? [] : [{ annualKwh, pue: toDecimal(r.pue, ["hosting", at, "pue"]) }];
  });
  if (known.length === 0) {
    noData(
      ctx,
      ["pue"],
      "hosting.pue",
      "Aucune ligne d'hébergement avec consommation et PUE connus.",
      "No hosting line with known energy and PUE.",
    );
    return;
  }
  let n = new Exact(0),
    d = new Exact(0);
  for (const r of known) {
    n = n.plus(ex(r.annualKwh).times(ex(r.pue)));
    d = d.plus(ex(r.annualKwh));
  }
  const notes: Message[] =
    active.length > known.length
      ? [
          {
            fr: `${active.length - known.length} ligne(s) sans consommation ou sans PUE écartée(s).`,
            en: `${active.length - known.length} line(s) without energy or PUE left out.`,
          },
        ]
      : [];
  put(ctx, "pue", {
    component: ratio(n, d) as IndicatorComponent,
    records: [{ dataset: "hebergement", count: known.length }],
    formula: formula(n, d),
    notes,
    quality: "MESUREE",
  });
}

/** @internal The indicators computed from `servers`, `hosting`. */
export const hostingComputer: DatasetComputer = {
  name: "hosting",
  reads: ["servers", "hosting"],
  codes: ["part-serveurs-virtualises", "pue"],
  compute,
};
