import { Decimal } from "decimal.js";
import { definedProps, ex, Exact, out, type Message } from "@nrs/core";
import type { DataQuality, IndicatorComponent } from "../indicator-value.js";
import type { DatasetComputer } from "./dataset-computer.js";
import { datedInYear } from "../dated-in-year.js";
import { mine, put, skip, noData, ratio, fmt, formula, used, type Ctx } from "./context.js";
import { perAgentBase } from "./per-agent.js";
import { reuseCounts2023266, reuseRatio2023266 } from "../reuse-ratio-2023-266.js";

const CODES = [
  "duree-vie-moyenne-equipements",
  "duree-usage-postes",
  "taux-reemploi-reforme",
  "biens-reformes-stock",
  "biens-orientes-reemploi",
  "poids-deee",
  "poids-deee-par-agent",
  "dons-materiel-externe",
] as const;

function compute(ctx: Ctx): void {
  const data = ctx.data;
  const options = ctx.options;
  const rows = mine(ctx, data.retirements);
  const registerExists = (data.retirements?.length ?? 0) > 0;
  if (rows === undefined || !registerExists) {
    noData(
      ctx,
      CODES,
      "retirements",
      "Pas de registre des sorties de matériel (sorties.csv).",
      "No register of retired equipment (sorties.csv).",
    );
    return;
  }
  const year = ctx.year;
  // Lifetimes: items declared retired in the year, weighted by quantity.
  const retired = rows.filter((r) => datedInYear(r.reformDate, year));
  const withAge = retired.map((r) => ({
    r,
    age:
      r.ageYears ??
      (r.acquisitionDate === undefined
        ? undefined
        : new Decimal((Date.parse(r.reformDate) - Date.parse(r.acquisitionDate)) / 86_400_000).dividedBy("365.25")),
  }));
  const known = withAge.filter((x): x is { r: typeof x.r; age: Decimal } => x.age !== undefined);
  const unknown = withAge.length - known.length;
  const notes: Message[] =
    unknown === 0
      ? []
      : [
          {
            fr: `${unknown} ligne(s) sans âge ni date d'acquisition écartée(s).`,
            en: `${unknown} line(s) without age or acquisition date left out.`,
          },
        ];
  const meanOf = (list: typeof known) => {
    let n = new Exact(0),
      d = new Exact(0);
    for (const { r, age } of list) {
      n = n.plus(ex(age).times(r.quantity));
      d = d.plus(r.quantity);
    }
    return { n, d };
  };
  if (known.length === 0) {
    noData(
      ctx,
      ["duree-vie-moyenne-equipements", "duree-usage-postes"],
      "retirements",
      `Aucun équipement réformé en ${year} dont l'âge est connu.`,
      `No device retired in ${year} with a known age.`,
    );
  } else {
    const all = meanOf(known);
    const types = [...new Set(known.map((k) => k.r.category))].sort();
    put(ctx, "duree-vie-moyenne-equipements", {
      component: ratio(all.n, all.d) as IndicatorComponent,
      breakdown: Object.fromEntries(
        types.map((t) => {
          const m = meanOf(known.filter((k) => k.r.category === t));
          return [t, ratio(m.n, m.d) as IndicatorComponent];
        }),
      ),
      records: [
        used(
          "sorties",
          known.map((k) => k.r.line),
        ),
      ],
      formula: formula(all.n, all.d),
      notes,
    });
    const ws = options.workstationTypes ?? ["ordinateur_portable", "ordinateur_fixe"];
    const posts = known.filter((k) => ws.includes(k.r.category));
    if (posts.length === 0)
      noData(
        ctx,
        ["duree-usage-postes"],
        "retirements",
        `Aucun poste de travail réformé en ${year} dont l'âge est connu.`,
        `No workstation retired in ${year} with a known age.`,
      );
    else {
      const p = meanOf(posts);
      put(ctx, "duree-usage-postes", {
        component: ratio(p.n, p.d) as IndicatorComponent,
        records: [
          used(
            "sorties",
            posts.map((k) => k.r.line),
          ),
        ],
        formula: formula(p.n, p.d),
        notes,
      });
    }
  }
  // Décret 2023-266.
  const scope = { year, ...definedProps({ covered: options.reformedItCovered }) };
  const counts = reuseCounts2023266(rows, scope);
  const cRec = [used("sorties", counts.lines)];
  put(ctx, "biens-reformes-stock", {
    component: { value: new Decimal(counts.stockOnJanuary1) },
    records: cRec,
    quality: "MESUREE",
    formula: {
      fr: `B = biens réformés en stock au 1er janvier ${year} = ${counts.stockOnJanuary1}`,
      en: `B = retired items in stock on 1 January ${year} = ${counts.stockOnJanuary1}`,
    },
  });
  put(ctx, "biens-orientes-reemploi", {
    component: { value: new Decimal(counts.sentToReuse) },
    records: cRec,
    quality: "MESUREE",
    formula: {
      fr: `A = biens orientés vers le réemploi en ${year} = ${counts.sentToReuse}`,
      en: `A = items sent to reuse in ${year} = ${counts.sentToReuse}`,
    },
  });
  const rr = reuseRatio2023266(rows, scope);
  if (rr === undefined) {
    skip(ctx, ["taux-reemploi-reforme"], "DENOMINATEUR_NUL", {
      fr: `Aucun bien réformé en stock au 1er janvier ${year} (B = 0).`,
      en: `No retired item in stock on 1 January ${year} (B = 0).`,
    });
  } else {
    const ex2: Message[] = [];
    const e = rr.excluded;
    const lines = (reason: string) =>
      rr.exclusions
        .filter((g) => g.reason === reason)
        .flatMap((g) => g.lines)
        .join(", ");
    const types = (reason: string) =>
      rr.exclusions
        .filter((g) => g.reason === reason)
        .map((g) => g.type)
        .join(", ");
    if (e.outOfScope > 0) {
      ex2.push({
        fr: `${e.outOfScope} bien(s) hors des catégories 2° et 6° de l'art. R. 543-172 exclu(s) (${types("hors-champ")} ; décret n° 2023-266, art. 1${lines("hors-champ") === "" ? "" : ` ; lignes ${lines("hors-champ")}`}).`,
        en: `${e.outOfScope} item(s) outside categories 2 and 6 of art. R. 543-172 excluded (${types("hors-champ")}; décret 2023-266, art. 1${lines("hors-champ") === "" ? "" : `; lines ${lines("hors-champ")}`}).`,
      });
    }
    if (e.overAge > 0)
      ex2.push({ fr: `${e.overAge} bien(s) de plus de 10 ans exclu(s).`, en: `${e.overAge} item(s) over 10 years old excluded.` });
    if (e.classified > 0)
      ex2.push({ fr: `${e.classified} bien(s) classifié(s) exclu(s).`, en: `${e.classified} classified item(s) excluded.` });
    if (e.noCommitment > 0)
      ex2.push({
        fr: `${e.noCommitment} bien(s) cédé(s), vendu(s) ou donné(s) sans engagement de réemploi non compté(s) dans A.`,
        en: `${e.noCommitment} item(s) transferred, sold or given without a reuse commitment not counted in A.`,
      });
    if (e.unknownAge > 0)
      ex2.push({ fr: `${e.unknownAge} bien(s) d'âge inconnu compté(s).`, en: `${e.unknownAge} item(s) of unknown age counted.` });
    const { value, numerator, denominator, reference } = rr;
    put(ctx, "taux-reemploi-reforme", {
      component: { value, ...definedProps({ numerator, denominator, reference }) },
      records: [used("sorties", rr.lines)],
      formula: {
        fr: `A / B × 100 = ${rr.sentToReuse} / ${rr.stockOnJanuary1} × 100`,
        en: `A / B × 100 = ${rr.sentToReuse} / ${rr.stockOnJanuary1} × 100`,
      },
      notes: ex2,
      quality: e.unknownAge > 0 ? "ESTIMEE" : "CALCULEE",
    });
  }
  // WEEE and gifts: items that left in the year.
  const left = rows.filter((r) => datedInYear(r.exitDate, year));
  const weee = left.filter((r) => r.destination === "RECYCLAGE");
  const weighed = weee.filter((r) => r.weightKg !== undefined);
  if (weee.length > 0 && weighed.length === 0) {
    noData(
      ctx,
      ["poids-deee", "poids-deee-par-agent"],
      "retirements.weightKg",
      "Aucun poids renseigné pour les DEEE de l'année.",
      "No weight given for the year's WEEE.",
    );
  } else {
    const kg = weighed.reduce((s, r) => s.plus(ex(r.weightKg as Decimal)), new Exact(0));
    const wNotes: Message[] =
      weee.length > weighed.length
        ? [
            {
              fr: `${weee.length - weighed.length} ligne(s) DEEE sans poids écartée(s) : valeur sous-estimée.`,
              en: `${weee.length - weighed.length} WEEE line(s) without weight left out: value underestimated.`,
            },
          ]
        : [];
    const q: DataQuality = weee.length > weighed.length ? "ESTIMEE" : "MESUREE";
    const rec = [
      used(
        "sorties",
        weighed.map((r) => r.line),
      ),
    ];
    put(ctx, "poids-deee", {
      component: { value: out(kg) },
      records: rec,
      formula: { fr: `Σ poids = ${fmt(kg)} kg`, en: `Σ weight = ${fmt(kg)} kg` },
      notes: wNotes,
      quality: q,
    });
    const agents = perAgentBase(ctx, ["poids-deee-par-agent"]);
    if (agents !== undefined)
      put(ctx, "poids-deee-par-agent", {
        component: ratio(kg, agents) as IndicatorComponent,
        records: rec,
        formula: formula(kg, agents),
        notes: wNotes,
        quality: q,
      });
  }
  const gifts = left.filter((r) => r.destination === "DON");
  const g = gifts.reduce((s, r) => s + r.quantity, 0);
  put(ctx, "dons-materiel-externe", {
    component: { value: new Decimal(g) },
    records: [
      used(
        "sorties",
        gifts.map((r) => r.line),
      ),
    ],
    formula: { fr: `Σ quantités données = ${g}`, en: `Σ quantities given = ${g}` },
    quality: "MESUREE",
  });
}

/** @internal The indicators computed from `retirements`, `agents`. */
export const retirementsComputer: DatasetComputer = {
  name: "retirements",
  reads: ["retirements", "agents"],
  codes: CODES,
  compute,
};
