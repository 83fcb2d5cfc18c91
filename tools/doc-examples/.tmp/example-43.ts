import { problem } from "@nrs/core";
const p = problem("NRS_NEGATIVE", ["lignes", 3, "quantite"], "La quantité est négative.", "The quantity is negative.");
__nrsLog(0, p.code, p.severity, p.path, p.message.en); // NRS_NEGATIVE error ["lignes", 3, "quantite"] The quantity is negative.
export {};
