import { Decimal } from "decimal.js";
import { agec58Declaration, type Agec58Exclusion } from "@nrs/indicators";
const d = agec58Declaration([{ entity: "26901", date: "2025-02-01", category: "informatique-telephonie", amount: new Decimal(500), reuseAmount: new Decimal(0), line: 7 }],
  { annee: 2025, siret: "29990101700010", raisonSociale: "CA" });
const x: Agec58Exclusion | undefined = d.excluded[0];
__nrsLog(0, x?.reason, x?.amount.toString(), x?.lines); // autre-entite 500 [ 7 ]
export {};
