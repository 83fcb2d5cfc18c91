export { AXE_CODES, axe, axes, zAxeCode } from "./axe.js";
export type { Axe, AxeCode } from "./axe.js";
export { REFERENCES } from "./references.js";
export { isDateIso, zDateIso } from "./date-iso.js";
export type { DateIso } from "./date-iso.js";
export { zAnnee } from "./annee.js";
export { zIdentifiant } from "./identifiant.js";
export { isSiren, zSiren } from "./siren.js";
export { isSiret, zSiret } from "./siret.js";
export { isCodeInsee, zCodeInsee } from "./code-insee.js";
export {
  CollectiviteSchema,
  CommuneMembreSchema,
  PopulationSchema,
  TYPES_COLLECTIVITE,
  TYPES_POPULATION,
} from "./collectivite.js";
export type {
  Collectivite,
  CollectiviteInput,
  CommuneMembre,
  Population,
  TypeCollectivite,
  TypePopulation,
} from "./collectivite.js";
export { EntiteLieeSchema, TYPES_ENTITE_LIEE, ENTITY_CODE_PATTERN } from "./entite-liee.js";
export type { EntiteLiee, TypeEntiteLiee } from "./entite-liee.js";
export { ServicePartageSchema, CLES_REPARTITION } from "./service-partage.js";
export type { ServicePartage, CleRepartition } from "./service-partage.js";
export { allocationKeys } from "./allocation-keys.js";
export type { AllocationKeys } from "./allocation-keys.js";
export { ReferenceCollectiviteSchema } from "./reference-collectivite.js";
export type { ReferenceCollectivite } from "./reference-collectivite.js";
export { AdoptionSchema } from "./adoption.js";
export type { Adoption } from "./adoption.js";
export { ActeurSchema, NATURES_ACTEUR } from "./acteur.js";
export type { Acteur, NatureActeur } from "./acteur.js";
export {
  ActionEngageeSchema,
  BilanProgrammeSchema,
  ChiffreCleSchema,
  ProgrammeDeTravailSchema,
} from "./programme-de-travail.js";
export type {
  ActionEngagee,
  BilanProgramme,
  ChiffreCle,
  ProgrammeDeTravail,
  ProgrammeDeTravailInput,
} from "./programme-de-travail.js";
export { IndicateurSchema, LibelleSchema, PERIODICITES, SENS_INDICATEUR } from "./indicateur.js";
export type { Indicateur, Libelle, Periodicite, SensIndicateur } from "./indicateur.js";
export { CibleSchema } from "./cible.js";
export type { Cible } from "./cible.js";
export { ObjectifSchema, TEMPORALITES } from "./objectif.js";
export type { Objectif, Temporalite } from "./objectif.js";
export { MesureSchema, NIVEAUX_ENGAGEMENT, STATUTS_MESURE } from "./mesure.js";
export type { Mesure, NiveauEngagement, StatutMesure } from "./mesure.js";
export { MoyensSchema } from "./moyens.js";
export type { Moyens } from "./moyens.js";
export { PeriodeSchema, StrategieSchema } from "./strategie.js";
export type { Periode, Strategie, StrategieInput } from "./strategie.js";
export { NATURES_VALEUR, NIVEAUX_QUALITE, PERIMETRES, ValeurIndicateurSchema } from "./valeur-indicateur.js";
export type { NatureValeur, NiveauQualite, Perimetre, ValeurIndicateur } from "./valeur-indicateur.js";
export { AvancementMesureSchema } from "./avancement-mesure.js";
export type { AvancementMesure } from "./avancement-mesure.js";
export { RapportDdSchema } from "./rapport-dd.js";
export type { RapportDd } from "./rapport-dd.js";
export { BilanAnnuelSchema } from "./bilan-annuel.js";
export type { BilanAnnuel, BilanAnnuelInput } from "./bilan-annuel.js";
export { parseBilan, parseCollectivite, parseProgramme, parseStrategy } from "./parse.js";
export { serialize } from "./serialize.js";
export type { DocumentProjet } from "./serialize.js";
export { COMPLIANCE_RULES } from "./compliance-rules.js";
export type { ComplianceCode, ComplianceRule } from "./compliance-rules.js";
export { OBLIGATIONS_DEFAULTS, obligations } from "./obligations.js";
export type { CodeObligation, Echeance, Obligation, ObligationsOptions, StatutEcheance } from "./obligations.js";
export { checkProgramme } from "./check-programme.js";
export type { CheckProgrammeOptions } from "./check-programme.js";
export { checkStrategy } from "./check-strategy.js";
export type { CheckStrategyOptions } from "./check-strategy.js";
export { checkBilan } from "./check-bilan.js";
export type { CheckBilanOptions } from "./check-bilan.js";
export { CentreDeDonneesLocalSchema, DonneesTerritoireSchema } from "./donnees-territoire.js";
export type { DonneesTerritoire } from "./donnees-territoire.js";
