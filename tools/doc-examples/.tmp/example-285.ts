import { Decimal } from "decimal.js";
import { agec58Declaration, type Agec58DeclarationRow } from "@nrs/indicators";
const d = agec58Declaration([{ date: "2025-02-01", category: "consommables-impression", amount: new Decimal("900.5"), reuseAmount: new Decimal(0), recycledAmount: new Decimal(300), line: 2 }],
  { annee: 2025, siret: "29990101700010", raisonSociale: "CA de Val-de-Fictive" });
const row: Agec58DeclarationRow | undefined = d.rows[0];
__nrsLog(0, row?.type_produit_acquis, row?.montant_total.toString(), row?.montant_produits_recycles.toString(), row?.lines); // Consommables d'impression 900.5 300 [ 2 ]
export {};
