import { agec58Declaration, type Agec58Declaration } from "@nrs/indicators";
const d: Agec58Declaration = agec58Declaration([], { annee: 2025, siret: "29990101700010", raisonSociale: "CA" });
__nrsLog(0, d.ok, d.rows.length, d.excluded.length); // true 0 0
export {};
