import { definedProps, ex, Exact, NrsError, type ExactValue, type Message } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent } from "../indicator-value.js";
import { DEFAULT_ENTITY } from "../default-entity.js";
import { datedInYear } from "../dated-in-year.js";
import { mine, put, skip, noData, ratio, fmt, formula, used, latestBy, type Ctx } from "./context.js";
import { rgesnScore, type RgesnStatus } from "../rgesn-score.js";

const CODES = ["score-rgesn-moyen", "score-rgesn-thematique"] as const;

function compute(ctx: Ctx): void {
  const rows = mine(ctx, ctx.data.rgesn);
  const year = rows?.filter((r) => datedInYear(r.date, ctx.year));
  if (year === undefined || year.length === 0) {
    noData(ctx, CODES, "rgesn", `Aucune évaluation RGESN en ${ctx.year}.`, `No RGESN evaluation in ${ctx.year}.`);
    return;
  }
  const services = latestBy(year, (r) => `${r.entity ?? DEFAULT_ENTITY}\u0000${r.service}`);
  let sumScores = new Exact(0),
    count = 0,
    vw = new Exact(0),
    aw = new Exact(0);
  const perService: Record<string, IndicatorComponent> = {};
  const thematic = new Map<number, { v: ExactValue; a: ExactValue }>();
  const lines: (number | undefined)[] = [];
  const notes: Message[] = [];
  for (const [key, evals] of services) {
    const name = key.split("\u0000")[1] ?? key;
    let s;
    try {
      s = rgesnScore(evals.map((e) => ({ criterion: e.criterion, status: e.status as RgesnStatus })));
    } catch (e) {
      if (!(e instanceof NrsError)) throw e;
      for (const p of e.problems) ctx.problems.push({ ...p, path: ["rgesn", name, ...p.path], ...definedProps({ line: evals[0]?.line }) });
      notes.push({
        fr: `Évaluation de « ${name} » écartée (statuts invalides).`,
        en: `Evaluation of "${name}" left out (invalid statuses).`,
      });
      continue;
    }
    if (s.missing.length > 0)
      notes.push({
        fr: `« ${name} » : ${s.missing.length} critère(s) non renseigné(s) comptés « À évaluer ».`,
        en: `"${name}": ${s.missing.length} criterion/criteria not given, counted as "To be assessed".`,
      });
    lines.push(...evals.map((e) => e.line));
    vw = vw.plus(ex(s.validatedWeight));
    aw = aw.plus(ex(s.applicableWeight));
    for (const [n, t] of Object.entries(s.byThematic)) {
      const cur = thematic.get(Number(n)) ?? { v: new Exact(0), a: new Exact(0) };
      thematic.set(Number(n), { v: cur.v.plus(ex(t.validatedWeight)), a: cur.a.plus(ex(t.applicableWeight)) });
    }
    if (s.score === undefined) continue;
    sumScores = sumScores.plus(ex(s.score));
    count++;
    perService[name] = { value: s.score, numerator: s.validatedWeight, denominator: s.applicableWeight };
  }
  if (count === 0) {
    skip(ctx, CODES, "DENOMINATEUR_NUL", {
      fr: "Aucun service évalué avec un critère applicable.",
      en: "No assessed service with an applicable criterion.",
    });
    return;
  }
  const rec = [used("rgesn", lines)];
  put(ctx, "score-rgesn-moyen", {
    component: ratio(sumScores, new Exact(count)) as IndicatorComponent,
    breakdown: perService,
    records: rec,
    formula: { fr: `Σ scores / services = ${fmt(sumScores)} / ${count}`, en: `Σ scores / services = ${fmt(sumScores)} / ${count}` },
    notes,
  });
  const th: Record<string, IndicatorComponent> = {};
  for (const [n, t] of [...thematic].sort(([a], [b]) => a - b)) {
    const c = ratio(t.v, t.a, 100);
    if (c !== undefined) th[String(n)] = c;
  }
  put(ctx, "score-rgesn-thematique", {
    component: ratio(vw, aw, 100) as IndicatorComponent,
    breakdown: th,
    records: rec,
    formula: formula(vw, aw, 100),
    notes,
  });
}

/** @internal The indicators computed from `rgesn`. */
export const rgesnComputer: DatasetComputer = {
  name: "rgesn",
  reads: ["rgesn"],
  codes: CODES,
  compute,
};
