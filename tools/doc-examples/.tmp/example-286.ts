import type { Agec58ExclusionReason } from "@nrs/indicators";
const r: Agec58ExclusionReason = "autre-categorie";
__nrsLog(0, r); // autre-categorie
export {};
