import { Decimal } from "decimal.js";
import { Exact, type Message } from "@nrs/core";
import type { DataQuality, IndicatorComponent } from "../indicator-value.js";
import type { IndicatorCode } from "../catalogue.js";
import type { DatasetComputer } from "./dataset-computer.js";
import { datedInYear } from "../dated-in-year.js";
import { mine, put, noData, ratio, formula, used, type Ctx } from "./context.js";
import { perAgentBase } from "./per-agent.js";

const CODES = [
  "agents-formes",
  "part-agents-formes",
  "elus-sensibilises",
  "ateliers-realises",
  "personnes-sensibilisees",
  "campagnes-citoyens",
] as const;

function compute(ctx: Ctx): void {
  const data = ctx.data;
  const rows = mine(ctx, data.events);
  // A register that has records for the year covers every entity: an entity without any record in it
  // had none (its counts are zero), which is not the same as a register that is missing for the year.
  const registerHasYear = data.events !== undefined && data.events.some((r) => datedInYear(r.date, ctx.year));
  const year = rows?.filter((r) => datedInYear(r.date, ctx.year));
  if (year === undefined || !registerHasYear) {
    noData(
      ctx,
      CODES,
      "events",
      `Aucun événement enregistré en ${ctx.year} (evenements.csv).`,
      `No event recorded in ${ctx.year} (evenements.csv).`,
    );
    return;
  }
  const of = (a: string) => year.filter((e) => e.audience === a);
  const sumOf = (l: typeof year) => l.reduce((s, e) => s + e.participants, 0);
  const q = (l: typeof year): DataQuality => (l.some((e) => e.estimated) ? "ESTIMEE" : "MESUREE");
  const note = (l: typeof year): Message[] => {
    const k = l.filter((e) => e.estimated).length;
    return k === 0 ? [] : [{ fr: `${k} effectif(s) estimé(s).`, en: `${k} head count(s) estimated.` }];
  };
  const agents = of("AGENTS"),
    elus = of("ELUS"),
    hab = of("HABITANTS");
  const a = sumOf(agents);
  const count = (code: IndicatorCode, l: typeof year, n: number, what: Message) =>
    put(ctx, code, {
      component: { value: new Decimal(n) },
      records: [
        used(
          "evenements",
          l.map((e) => e.line),
        ),
      ],
      formula: what,
      quality: q(l),
      notes: note(l),
    });
  count("agents-formes", agents, a, { fr: `Σ participants agents = ${a}`, en: `Σ employee participants = ${a}` });
  const base = perAgentBase(ctx, ["part-agents-formes"]);
  if (base !== undefined)
    put(ctx, "part-agents-formes", {
      component: ratio(new Exact(a), base, 100) as IndicatorComponent,
      records: [
        used(
          "evenements",
          agents.map((e) => e.line),
        ),
      ],
      formula: formula(new Exact(a), base, 100),
      quality: q(agents),
      notes: note(agents),
    });
  const e = sumOf(elus);
  count("elus-sensibilises", elus, e, { fr: `Σ participants élus = ${e}`, en: `Σ elected-official participants = ${e}` });
  const ws = [...agents, ...elus];
  put(ctx, "ateliers-realises", {
    component: { value: new Decimal(ws.length) },
    records: [
      used(
        "evenements",
        ws.map((x) => x.line),
      ),
    ],
    formula: { fr: `Nombre d'événements agents et élus = ${ws.length}`, en: `Number of staff and elected-official events = ${ws.length}` },
    quality: "MESUREE",
  });
  const h = sumOf(hab);
  count("personnes-sensibilisees", hab, h, { fr: `Σ participants habitants = ${h}`, en: `Σ resident participants = ${h}` });
  put(ctx, "campagnes-citoyens", {
    component: { value: new Decimal(hab.length) },
    records: [
      used(
        "evenements",
        hab.map((x) => x.line),
      ),
    ],
    formula: { fr: `Nombre d'événements habitants = ${hab.length}`, en: `Number of resident events = ${hab.length}` },
    quality: "MESUREE",
  });
}

/** @internal The indicators computed from `events`, `agents`. */
export const eventsComputer: DatasetComputer = {
  name: "events",
  reads: ["events", "agents"],
  codes: CODES,
  compute,
};
