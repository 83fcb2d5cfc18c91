import { computeIndicators, toOpenDataRows, type OpenDataIndicatorRow } from "@nrs/indicators";
const r = computeIndicators({ openData: [{ dataset: "x", published: true }] }, { year: 2025 });
const row: OpenDataIndicatorRow | undefined = toOpenDataRows(r.values, { administration: "Ville" })[0];
__nrsLog(0, row?.valeur.toString(), row?.est_periode); // 0 false
export {};
