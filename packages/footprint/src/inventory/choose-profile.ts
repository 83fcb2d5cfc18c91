import type { CsvRow, Problem } from "@nrs/core";
import type { AssetProfile } from "../asset-export/asset-profile.js";
import { assetProfileMapping } from "../asset-export/asset-profile-mapping.js";
import { assetProfile, assetProfileList, detectAssetProfile } from "../asset-export/detect-asset-profile.js";
import type { ColumnMapping } from "./column-mapping.js";
import type { InventoryReadOptions } from "./inventory-read-options.js";

/** How the reader reads a file: the mapping to apply and the profile it comes from, if any. @internal */
export interface ReadLayout {
  readonly mapping: ColumnMapping | undefined;
  readonly profile: AssetProfile | undefined;
  /** The note that a profile was recognised from the header. */
  readonly note: Problem | undefined;
}

/** The layout of a file from its header: the given mapping, the configured profile, or one recognised. @internal */
export function chooseLayout(options: InventoryReadOptions, header: CsvRow): ReadLayout {
  if (options.mapping !== undefined || options.profile === "canonical" || header.problem)
    return { mapping: options.mapping, profile: undefined, note: undefined };
  const configured = options.profile === undefined ? undefined : assetProfile(options.profile);
  const profile = configured ?? detectAssetProfile(header.cells);
  if (profile === undefined) return { mapping: undefined, profile: undefined, note: undefined };
  const note: Problem | undefined =
    configured !== undefined
      ? undefined
      : {
          code: "NRS_INVENTORY_PROFILE_DETECTED",
          severity: "info",
          path: [],
          line: header.line,
          column: 1,
          message: {
            fr: `En-tête reconnu : export ${profile.label.fr}, lu avec ce profil (réglages : « inventaire » › « ${profile.setting} » de nrs.json).`,
            en: `Header recognised: a ${profile.label.en} export, read with that profile (settings: "inventaire" › "${profile.setting}" in nrs.json).`,
          },
        };
  return { mapping: assetProfileMapping(profile, options.profileSettings), profile, note };
}

/**
 * The error that follows a missing required column when no profile or mapping explains the file and the
 * header has columns the format does not know (a foreign layout, not a canonical file short of a column). @internal
 */
export function layoutHint(layout: ReadLayout, line: number, missing: readonly string[], unknownColumns: number): Problem | undefined {
  if (missing.length === 0 || (layout.mapping !== undefined && layout.profile === undefined)) return undefined;
  const p = layout.profile;
  if (p !== undefined) {
    if (!p.needsType || !missing.includes("type")) return undefined;
    return {
      code: "NRS_INVENTORY_PROFILE_NEEDS_TYPE",
      severity: "error",
      path: ["type"],
      line,
      column: 1,
      message: {
        fr: `Un export ${p.label.fr} ne dit pas le type des équipements : indiquez-le dans nrs.json (« inventaire » › « ${p.setting} » › « type » : "ordinateur_portable", par fichier si besoin).`,
        en: `A ${p.label.en} export does not give the device type: give it in nrs.json ("inventaire" › "${p.setting}" › "type": "ordinateur_portable", per file if need be).`,
      },
    };
  }
  if (unknownColumns === 0) return undefined;
  return {
    code: "NRS_INVENTORY_UNKNOWN_LAYOUT",
    severity: "error",
    path: [],
    line,
    column: 1,
    message: {
      fr: `En-tête ni au format canonique (type;quantite;…) ni d'un gestionnaire de parc connu (${assetProfileList()}). Pour un export de l'un d'eux, indiquez son profil dans nrs.json : { "inventaire": { "glpi": {} } } ; sinon une correspondance « inventaire » › « correspondance » (docs/formats/inventaire.md).`,
      en: `Header neither in the canonical format (type;quantite;…) nor from a known asset manager (${assetProfileList()}). For an export of one of them, give its profile in nrs.json: { "inventaire": { "glpi": {} } }; else a column mapping "inventaire" › "correspondance" (docs/formats/inventaire.md).`,
    },
  };
}
