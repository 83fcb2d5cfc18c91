import type { Message } from "@nrs/core";
import { normalizeInventoryWord, wordIndex } from "./normalize-word.js";

/**
 * One usage of the `site` column: who or what the items serve, so that the footprint of school
 * equipment or public screens can be shown apart from the agents' own.
 *
 * @example
 * ```ts
 * import { INVENTORY_USAGES, type InventoryUsageDefinition } from "@nrs/footprint";
 * const schools: InventoryUsageDefinition | undefined = INVENTORY_USAGES.find((u) => u.code === "ecoles");
 * console.log(schools?.label.en); // "Schools"
 * ```
 */
export interface InventoryUsageDefinition {
  /** Canonical code, as the breakdowns key it. */
  readonly code: string;
  /** Other accepted spellings (case, accents, spaces and hyphens free: see `normalizeInventoryWord`). */
  readonly aliases: readonly string[];
  /** Name in French and English. */
  readonly label: Message;
}

/**
 * The usages the `site` column recognises. Any other value is kept as written (a building, a service):
 * the column is a free label, and these codes only make the common cases read the same everywhere.
 *
 * @example
 * ```ts
 * import { INVENTORY_USAGES } from "@nrs/footprint";
 * console.log(INVENTORY_USAGES.map((u) => u.code).join(" ")); // agents elus ecoles espace_public technique
 * ```
 */
export const INVENTORY_USAGES: readonly InventoryUsageDefinition[] = [
  {
    code: "agents",
    aliases: ["agent", "administration", "services", "service", "interne", "staff", "employees", "back_office"],
    label: { fr: "Agents (services)", en: "Employees (services)" },
  },
  {
    code: "elus",
    aliases: ["elu", "elus_et_assemblees", "councillors", "elected_officials"],
    label: { fr: "Élus", en: "Elected officials" },
  },
  {
    code: "ecoles",
    aliases: ["ecole", "scolaire", "education", "enseignement", "eleves", "schools", "school", "pupils"],
    label: { fr: "Écoles", en: "Schools" },
  },
  {
    code: "espace_public",
    aliases: ["espaces_publics", "public", "usagers", "accueil_du_public", "mediatheque", "mediatheques", "public_space", "citizens"],
    label: { fr: "Espace public (usagers)", en: "Public space (citizens)" },
  },
  {
    code: "technique",
    aliases: ["infrastructure", "reseau", "local_technique", "salle_serveur", "technical", "network"],
    label: { fr: "Infrastructure technique", en: "Technical infrastructure" },
  },
];

const USAGE_INDEX = /* @__PURE__ */ wordIndex(INVENTORY_USAGES, (u) => [u.code, ...u.aliases]);

/**
 * The usage a `site` cell names: the code of a known usage (`Écoles`, `scolaire` → `ecoles`), else the
 * text as written, trimmed (`""` for an empty cell).
 *
 * @example
 * ```ts
 * import { resolveInventoryUsage } from "@nrs/footprint";
 * console.log(resolveInventoryUsage(" Écoles "), resolveInventoryUsage("Espace public"), resolveInventoryUsage("Piscine")); // ecoles espace_public Piscine
 * ```
 */
export function resolveInventoryUsage(text: string): string {
  const t = text.trim();
  if (t === "") return "";
  return USAGE_INDEX.get(normalizeInventoryWord(t))?.code ?? t;
}
