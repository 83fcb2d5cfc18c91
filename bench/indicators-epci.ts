// All the indicators of an EPCI of 40 member communes with 100,000 devices: computeIndicators for the
// EPCI and each commune (41 calls, every dataset filtered by entity), then rollUp to the EPCI, against a
// plain floating-point loop doing the same sums and ratios over the same records, in the same run.
//
//   npx tsx --conditions=@nrs/source bench/indicators-epci.ts [--devices 100000] [--runs 5]
//
// (without --conditions it uses packages/indicators/dist: build it first.) The timed runs reuse the
// same arrays, so the schema check of the records (done once per array) is reported apart.
import { parseArgs } from "node:util";
import { Decimal } from "decimal.js";
import {
  computeIndicators,
  RGESN_CRITERIA,
  rollUp,
  type EventRecord,
  type IndicatorData,
  type InventoryLine,
  type OpenDataDatasetRecord,
  type PurchaseRecord,
  type RetirementRecord,
  type RgaaAuditRecord,
  type RgesnEvaluationRecord,
  type EcoIndexMeasurementRecord,
  type RgesnStatus,
} from "@nrs/indicators";

const { values } = parseArgs({ options: { devices: { type: "string", default: "100000" }, runs: { type: "string", default: "5" } } });
const DEVICES = Number(values.devices);
const RUNS = Number(values.runs);
const YEAR = 2025;
const ENTITIES = ["epci", ...Array.from({ length: 40 }, (_, i) => `99${String(100 + i).padStart(3, "0")}`)];
const TYPES = ["ordinateur_portable", "ordinateur_fixe", "ecran", "smartphone", "tablette", "imprimante"];
const STATUSES: RgesnStatus[] = ["VALIDE", "NON_VALIDE", "EN_COURS", "A_EVALUER"];

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;

function build(): IndicatorData {
  const inventory: InventoryLine[] = [];
  for (let i = 0; i < DEVICES; i++)
    inventory.push({
      type: pick(TYPES),
      quantity: 1,
      acquisitionDate: `${2016 + (i % 9)}-0${1 + (i % 9)}-15`,
      entity: pick(ENTITIES),
      line: i + 2,
    });
  const purchases: PurchaseRecord[] = [],
    retirements: RetirementRecord[] = [],
    events: EventRecord[] = [],
    rgesn: RgesnEvaluationRecord[] = [];
  const rgaa: RgaaAuditRecord[] = [],
    ecoindex: EcoIndexMeasurementRecord[] = [],
    openData: OpenDataDatasetRecord[] = [];
  for (const entity of ENTITIES) {
    for (let i = 0; i < 50; i++) {
      const amount = new Decimal(Math.round(rnd() * 5_000_000) / 100);
      purchases.push({
        entity,
        date: `${YEAR}-0${1 + (i % 9)}-10`,
        category: i % 5 === 0 ? "consommables-impression" : "informatique-telephonie",
        amount,
        reuseAmount: amount
          .times(Math.round(rnd() * 40))
          .div(100)
          .toDecimalPlaces(2),
      });
    }
    for (let i = 0; i < 250; i++) {
      const stock = i % 2 === 0;
      retirements.push({
        entity,
        category: pick(TYPES),
        quantity: 1 + (i % 3),
        ageYears: new Decimal(3 + (i % 10)),
        reformDate: stock ? `${YEAR - 1}-10-01` : `${YEAR}-01-02`,
        ...(i % 4 === 3 ? {} : { exitDate: `${YEAR}-0${1 + (i % 9)}-20` }),
        destination: i % 4 === 3 ? "STOCK" : pick(["DON", "VENTE", "RECYCLAGE"] as const),
        reuseCommitment: true,
        weightKg: new Decimal(2 + (i % 7)),
      });
    }
    for (let i = 0; i < 20; i++)
      events.push({
        entity,
        date: `${YEAR}-0${1 + (i % 9)}-05`,
        type: "ATELIER",
        audience: pick(["AGENTS", "ELUS", "HABITANTS"] as const),
        participants: Math.floor(rnd() * 60),
        estimated: i % 7 === 0,
      });
    for (let s = 0; s < 3; s++)
      for (const c of RGESN_CRITERIA)
        rgesn.push({ entity, service: `service-${s}`, date: `${YEAR}-05-01`, criterion: c.id, status: pick(STATUSES) });
    for (let s = 0; s < 3; s++) {
      const ok = Math.floor(rnd() * 60);
      rgaa.push({ entity, service: `service-${s}`, date: `${YEAR}-04-01`, compliant: ok, nonCompliant: 60 - ok });
    }
    for (let p = 0; p < 30; p++)
      ecoindex.push({ entity, url: `https://${entity}.fr/${p}`, date: `${YEAR}-06-01`, score: new Decimal(Math.round(rnd() * 1000) / 10) });
    for (let d = 0; d < 20; d++)
      openData.push({ entity, dataset: `jeu-${d}`, published: true, ...(d % 3 === 0 ? { schema: "scdl/budget" } : {}) });
  }
  return { inventory, purchases, retirements, events, rgesn, rgaa, ecoindex, openData };
}

function ours(data: IndicatorData): number {
  const parts = ENTITIES.map((entity) => computeIndicators({ ...data, agents: 100 }, { year: YEAR, entity }));
  const epci = rollUp({ id: "territoire", children: ENTITIES.map((id) => ({ id })) }, parts).get("territoire");
  return epci?.values.length ?? 0;
}

// The same sums and ratios with JS numbers, one pass per dataset and entity: what a spreadsheet export does.
function floatLoop(data: IndicatorData): number {
  let n = 0;
  for (const entity of ENTITIES) {
    let devices = 0,
      amount = 0,
      reuse = 0,
      trained = 0,
      reached = 0,
      stock = 0,
      reused = 0,
      kg = 0,
      pages = 0,
      score = 0,
      ok = 0,
      app = 0,
      pub = 0,
      sch = 0;
    // The bench builds its inventory as lines (a summary would hold no line to loop over).
    const inventory = data.inventory === undefined || "kind" in data.inventory ? [] : data.inventory;
    for (const i of inventory) if (i.entity === entity) devices += i.quantity;
    for (const p of data.purchases ?? [])
      if (p.entity === entity && p.category === "informatique-telephonie") {
        amount += p.amount.toNumber();
        reuse += p.reuseAmount.toNumber();
      }
    for (const r of data.retirements ?? [])
      if (r.entity === entity) {
        if (r.reformDate < `${YEAR}-01-01`) stock += r.quantity;
        if (r.exitDate !== undefined && r.destination !== "RECYCLAGE") reused += r.quantity;
        if (r.destination === "RECYCLAGE") kg += r.weightKg?.toNumber() ?? 0;
      }
    for (const e of data.events ?? [])
      if (e.entity === entity) {
        if (e.audience === "AGENTS") trained += e.participants;
        if (e.audience === "HABITANTS") reached += e.participants;
      }
    const w: Record<string, number> = { Prioritaire: 1.5, Recommandé: 1.25, Modéré: 1 };
    const pr = new Map(RGESN_CRITERIA.map((c) => [c.id, w[c.priority] ?? 1]));
    let v = 0,
      a = 0;
    for (const g of data.rgesn ?? [])
      if (g.entity === entity) {
        const x = pr.get(g.criterion) ?? 1;
        a += x;
        if (g.status === "VALIDE") v += x;
      }
    for (const g of data.rgaa ?? [])
      if (g.entity === entity) {
        ok += g.compliant;
        app += g.compliant + g.nonCompliant;
      }
    for (const m of data.ecoindex ?? [])
      if (m.entity === entity) {
        pages++;
        score += m.score?.toNumber() ?? 0;
      }
    for (const d of data.openData ?? [])
      if (d.entity === entity) {
        pub++;
        if (d.schema !== undefined) sch++;
      }
    n += devices / 100 + reuse / amount + trained / 100 + reached + reused / stock + kg + v / a + ok / app + score / pages + sch / pub;
  }
  return n;
}

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const data = build();
// The first call checks every record against its schema (once per array, remembered by identity).
const first = time(() => ours(data));
floatLoop(data); // warm-up
const a: number[] = [],
  b: number[] = [];
for (let r = 0; r < RUNS; r++) {
  a.push(time(() => ours(data)));
  b.push(time(() => floatLoop(data)));
}
const ma = median(a),
  mb = median(b);
console.log(`EPCI of ${ENTITIES.length - 1} communes, ${DEVICES} devices, ${RUNS} runs (median)`);
console.log(`  @nrs/indicators (41 × computeIndicators + rollUp): ${ma.toFixed(1)} ms`);
console.log(`  float loop, same sums and ratios:                  ${mb.toFixed(1)} ms`);
console.log(`  ratio: ${(ma / mb).toFixed(1)}x`);
console.log(`  first run, including the schema check of every record (cold): ${first.toFixed(1)} ms`);
