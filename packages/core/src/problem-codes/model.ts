import { meaning, type ProblemMeaning } from "./problem-meaning.js";

/** @internal The codes of @nrs/model and what each means. */
export const MODEL_CODES = {
  NRS_COMMUNE_WITHOUT_INSEE: meaning("Une commune doit avoir un code INSEE (codeInsee).", "A commune must have an INSEE code (codeInsee)."),
  NRS_COMMUNE_WITH_MEMBERS: meaning(
    "Une commune n'a pas de communes membres (communesMembres est réservé aux EPCI).",
    "A commune has no member communes (communesMembres is for EPCI only).",
  ),
  NRS_DUPLICATE_MEMBER: meaning(
    "Le code INSEE … figure deux fois parmi les communes membres.",
    "INSEE code … appears twice among the member communes.",
  ),
  NRS_EPCI_WITHOUT_MEMBERS: meaning(
    "Un EPCI doit lister ses communes membres (communesMembres).",
    "An EPCI must list its member communes (communesMembres).",
  ),
  NRS_INVALID_ID: meaning(
    "Identifiant invalide : lettres, chiffres, « _ », « . » ou « - », 64 caractères au plus, sans espace.",
    "Invalid identifier: letters, digits, '_', '.' or '-', at most 64 characters, no spaces.",
  ),
  NRS_INVALID_INSEE: meaning(
    "Code INSEE invalide : cinq caractères attendus (département 01 à 95, 2A, 2B, 97 ou 98, puis trois chiffres).",
    "Invalid INSEE code: five characters expected (département 01 to 95, 2A, 2B, 97 or 98, then three digits).",
  ),
  NRS_INVALID_SIREN: meaning(
    "SIREN invalide : neuf chiffres attendus, avec une clé de contrôle (Luhn) correcte.",
    "Invalid SIREN: nine digits expected, with a correct (Luhn) check digit.",
  ),
  NRS_INVALID_SIRET: meaning(
    "SIRET invalide : quatorze chiffres attendus (SIREN puis NIC), avec une clé de contrôle (Luhn) correcte.",
    "Invalid SIRET: fourteen digits expected (SIREN then NIC), with a correct (Luhn) check digit.",
  ),
  NRS_PERCENT_OVER_100: meaning("Un pourcentage d'avancement ne peut pas dépasser 100.", "A completion percentage cannot exceed 100."),
  NRS_SIRET_NOT_OF_SIREN: meaning(
    "Le SIRET … n'appartient pas au SIREN … : ses neuf premiers chiffres doivent être le SIREN.",
    "SIRET … does not belong to SIREN …: its first nine digits must be the SIREN.",
  ),
  NRS_UNREADABLE: meaning("Document illisible : …", "Unreadable document: …"),
  NRS_ALLOCATION_KEY_NO_DATA: meaning(
    "Clé de répartition sans donnée pour une entité (agents, population, équipements).",
    "Allocation key with no data for an entity (agents, population, devices).",
  ),
  NRS_DUPLICATE_ENTITY: meaning("Entité liée déclarée deux fois.", "Linked entity declared twice."),
  NRS_UNDECLARED_ENTITY: meaning(
    "Entité utilisée mais non déclarée dans collectivite.json.",
    "Entity used but not declared in collectivite.json.",
  ),
  NRS_SHARES_MISSING: meaning("Répartition « parts » sans parts.", 'Allocation by "parts" without shares.'),
  NRS_SHARES_ENTITIES: meaning(
    "Les parts ne portent pas sur les entités du service partagé.",
    "The shares do not cover the shared service's entities.",
  ),
  NRS_SHARES_NOT_ONE: meaning("Les parts d'un service partagé ne font pas 1.", "The shares of a shared service do not sum to 1."),
  NRS_SHARES_UNUSED: meaning("Parts données pour une clé qui n'en utilise pas.", "Shares given for a key that does not use them."),
} as const satisfies Readonly<Record<string, ProblemMeaning>>;
