import { ecoIndex } from "@nrs/footprint";
const r = ecoIndex({ dom: 100, requests: 100, sizeKb: 100 });
// The README example of the Python reference: score 72, grade B, 1.56 gCO2e, 2.34 cl.
if (r.score.toNumber() !== 72 || r.grade !== "B" || r.ghgGramsCO2e.toString() !== "1.56") throw new Error("unexpected");
__nrsLog(0, r.waterCl.toString()); // "2.34"
export {};
