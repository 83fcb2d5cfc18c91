import type { InventoryReadOptions } from "@nrs/footprint";
import type { ProjectSettings } from "./project-settings.js";

/**
 * What `nrs.json`'s `inventaire` tells the inventory reader for one file: that file's own settings
 * (`fichiers` › `<file>`) when it has some, else the common ones: a column mapping, or a profile and its
 * settings; nothing (canonical format, or a header recognised by itself) when neither is given.
 */
export function inventoryReadSettings(
  settings: ProjectSettings,
  file = "inventaire.csv",
): Pick<InventoryReadOptions, "mapping" | "profile" | "profileSettings"> {
  const inv = settings.inventaire;
  const own = inv?.fichiers?.[file];
  const chosen = own ?? inv;
  if (chosen?.mapping !== undefined) return { mapping: chosen.mapping };
  if (chosen?.profile !== undefined) return { profile: chosen.profile.id, profileSettings: chosen.profile.settings };
  return {};
}
