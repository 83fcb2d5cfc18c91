import { computeIndicators, toOpenDataRows } from "@nrs/indicators";
const r = computeIndicators({ openData: [{ dataset: "x", published: true, schema: "scdl/budget" }, { dataset: "y", published: true }, { dataset: "z", published: true }] }, { year: 2024 });
const rows = toOpenDataRows(r.values, { administration: "CA de Val-de-Fictive", codeInsee: "26900",
  targets: { "part-donnees-schema": { baseline: { year: 2023, value: 25 }, targets: [{ year: 2027, value: 70 }] } } });
console.log(rows.map((x) => `${x.indicateur}|${x.valeur.toString()}|${x.unite_mesure}|${x.est_cible}|${x.date}`));
// 1 / 3 × 100 is published as 33.33; the exact value stays in r.values.
if (rows[0]?.valeur.toString() !== "33.33") throw new Error(String(rows[0]?.valeur));
__nrsLog(0, toOpenDataRows(r.values, { administration: "CA", exact: true })[0]?.valeur.toString()); // 33.33333333333333333333333333333333
export {};
