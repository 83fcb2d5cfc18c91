import { Decimal } from "decimal.js";
import { agec58Declaration } from "@nrs/indicators";
const p = (amount: string, reuse: string, donation?: string) => ({ date: "2025-03-01", category: "informatique-telephonie", amount: new Decimal(amount), reuseAmount: new Decimal(reuse), ...(donation ? { donationAmount: new Decimal(donation) } : {}) });
const d = agec58Declaration([p("182000", "0"), p("30828.99", "30828.99"), p("450", "450", "450")], { annee: 2025, siret: "29990101700010", raisonSociale: "CA de Val-de-Fictive" });
const r = d.rows[0];
__nrsLog(0, r?.montant_total.toString(), r?.montant_reemploi_et_reutilisation.toString(), r?.montant_produits_issus_don.toString()); // 213278.99 30828.99 450
export {};
