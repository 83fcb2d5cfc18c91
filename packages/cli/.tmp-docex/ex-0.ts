import { toOpenDataCsv } from "@nrs/report";

const { csv, resource } = toOpenDataCsv([
  {
    administration_rattachement: "Communauté d'agglomération de Val-de-Fictive",
    nom_service_public_numerique: "Stratégie numérique responsable",
    indicateur: "Part des équipements sortis orientés vers le réemploi",
    valeur: "41.2",
    unite_mesure: "%",
    est_cible: false,
    frequence_monitoring: "annuelle",
    date: "2025-12-31",
    est_periode: true,
    date_debut: "2025-01-01",
    est_automatise: true,
    source_collecte: "nrs (registre des sorties)",
  },
]);
if (!csv.includes(",41.2,%,")) throw new Error(csv);
console.log(resource.conformsTo.version, csv.split("\n").length - 1, "row(s)");
export {};
