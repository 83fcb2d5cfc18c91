import type { InventoryReadOptions } from "@nrs/footprint";
import type { ProjectSettings } from "./project-settings.js";

/** What `nrs.json`'s `inventaire` tells the inventory reader: a column mapping, or a profile and its settings. */
export function inventoryReadSettings(settings: ProjectSettings): Pick<InventoryReadOptions, "mapping" | "profile" | "profileSettings"> {
  const inv = settings.inventaire;
  if (inv?.mapping !== undefined) return { mapping: inv.mapping };
  if (inv?.profile !== undefined) return { profile: inv.profile.id, profileSettings: inv.profile.settings };
  return {};
}
