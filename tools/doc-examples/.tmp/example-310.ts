import type { CollectivitesComparison } from "@nrs/indicators";
const r: Pick<CollectivitesComparison, "year"> = { year: 2025 };
console.log(r.year);
export {};
