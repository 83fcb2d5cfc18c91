import { Decimal } from "decimal.js";
import { Exact, type Message } from "@nrs/core";
import type { DatasetComputer } from "./dataset-computer.js";
import type { IndicatorComponent } from "../indicator-value.js";
import { DEFAULT_ENTITY } from "../default-entity.js";
import { mine, put, skip, noData, ratio, formula, used, latestBy, type Ctx } from "./context.js";
import { rgaaState } from "../rgaa-state.js";

const CODES = ["taux-conformite-rgaa", "part-services-accessibles"] as const;

function compute(ctx: Ctx): void {
  const rows = mine(ctx, ctx.data.rgaa);
  const validityYears = ctx.options.rgaaValidityYears ?? 3;
  const end = `${ctx.year}-12-31`;
  const until = rows?.filter((r) => r.date <= end);
  if (until === undefined || until.length === 0) {
    noData(ctx, CODES, "rgaa", `Aucun audit RGAA jusqu'en ${ctx.year}.`, `No RGAA audit up to ${ctx.year}.`);
    return;
  }
  const validFrom = `${ctx.year - validityYears}-12-31`;
  const latest = latestBy(until, (r) => `${r.entity ?? DEFAULT_ENTITY}\u0000${r.service}`);
  let c = new Exact(0),
    a = new Exact(0);
  const perService: Record<string, IndicatorComponent> = {};
  const states = { totale: 0, partielle: 0, "non-conforme": 0 };
  const lines: (number | undefined)[] = [];
  const notes: Message[] = [];
  for (const [key, [audit]] of latest) {
    if (audit === undefined) continue;
    const name = key.split("\u0000")[1] ?? key;
    lines.push(audit.line);
    const applicable = audit.compliant + audit.nonCompliant;
    if (audit.date <= validFrom || applicable === 0) {
      states["non-conforme"]++;
      notes.push(
        applicable === 0
          ? {
              fr: `« ${name} » : aucun critère applicable, compté non conforme.`,
              en: `"${name}": no applicable criterion, counted as non-compliant.`,
            }
          : {
              fr: `« ${name} » : dernier audit (${audit.date}) de plus de ${validityYears} ans, compté non conforme et hors taux.`,
              en: `"${name}": latest audit (${audit.date}) older than ${validityYears} years, counted as non-compliant and left out of the rate.`,
            },
      );
      continue;
    }
    c = c.plus(audit.compliant);
    a = a.plus(applicable);
    const comp = ratio(new Exact(audit.compliant), new Exact(applicable), 100) as IndicatorComponent;
    perService[name] = comp;
    states[rgaaState(comp.value)]++;
  }
  const rec = [used("rgaa", lines)];
  const rate = ratio(c, a, 100);
  if (rate === undefined)
    skip(ctx, ["taux-conformite-rgaa"], "DENOMINATEUR_NUL", {
      fr: "Aucun audit RGAA valide avec des critères applicables.",
      en: "No valid RGAA audit with applicable criteria.",
    });
  else
    put(ctx, "taux-conformite-rgaa", {
      component: rate,
      breakdown: perService,
      records: rec,
      formula: formula(c, a, 100),
      notes,
      quality: "MESUREE",
    });
  const n = states.totale + states.partielle + states["non-conforme"];
  const ok = states.totale + states.partielle;
  put(ctx, "part-services-accessibles", {
    component: ratio(new Exact(ok), new Exact(n), 100) as IndicatorComponent,
    breakdown: Object.fromEntries(Object.entries(states).map(([k, v]) => [k, { value: new Decimal(v) }])),
    records: rec,
    formula: formula(new Exact(ok), new Exact(n), 100),
    notes,
  });
}

/** @internal The indicators computed from `rgaa`. */
export const rgaaComputer: DatasetComputer = {
  name: "rgaa",
  reads: ["rgaa"],
  codes: CODES,
  compute,
};
