import { definedProps, NrsError, type DecimalInput, type Problem } from "@nrs/core";
import { computeParsedEquipment } from "../devices/compute-device.js";
import type { ParsedInput } from "../devices/parsed-device.js";
import type { FootprintResult } from "../footprint-result.js";
import { computeParsedServerFootprint } from "../hosting/on-premise-footprint.js";
import type { FactorPack } from "../packs/factor-pack.js";
import type { InventoryGroup } from "./inventory-group.js";
import { resolveDeviceType } from "./inventory-vocabulary.js";

/**
 * The footprint of one group of an inventory, or `undefined` when it cannot be computed (a type the
 * pack does not know...): its problems then go to `problems`, under the group, with its first line.
 * @internal
 */
export function computeInventoryGroup(
  g: InventoryGroup,
  year: number,
  pack: FactorPack,
  secondLifeManufacturingShare: DecimalInput | undefined,
  problems: Problem[],
): FootprintResult | undefined {
  // The groups come from validated lines (and a checked reporting year): the calculators take them
  // as parsed input, which keeps their input validation out of an inventory bundle.
  const equipment: ParsedInput & { readonly year: number } = {
    type: g.type,
    year,
    // The group's device-years charged were summed line by line over each line's exact window.
    deviceDays: {
      service: g.serviceDeviceDays,
      amortized: g.amortizedDeviceDays,
      ...definedProps({ chargedDeviceYears: g.chargedDeviceYears }),
    },
    origin: g.origin,
    ...definedProps({ lifetimeYears: g.lifetimeYears }),
    ...(g.location === "" ? {} : { location: g.location }),
    // eslint-disable-next-line no-restricted-syntax -- the property is a use record built from the kWh, not the value passed on (definedProps does not fit)
    ...(g.annualKwh === undefined ? {} : { use: { kwhPerYear: g.annualKwh, per: "group" as const } }),
  };
  const options = { pack, ...definedProps({ secondLifeManufacturingShare }) };
  try {
    // Servers listed in the device inventory are computed as hosting does: running 24 h a day, their
    // electricity times the room's PUE (the pack's national figure, as nothing else is known here).
    return resolveDeviceType(g.type)?.kind === "server"
      ? computeParsedServerFootprint(equipment, options)
      : computeParsedEquipment(equipment, options, {});
  } catch (e) {
    if (!(e instanceof NrsError)) throw e;
    const where = `${g.type}${g.entity === "" ? "" : `, ${g.entity}`}`;
    for (const p of e.problems) {
      problems.push({
        ...p,
        path: ["groups", where, ...p.path],
        ...(g.firstLine === 0 ? {} : { line: g.firstLine }),
        message: {
          fr: `${p.message.fr} (${g.lines} ligne(s), ${g.quantity} équipement(s) non calculés, première ligne ${g.firstLine})`,
          en: `${p.message.en} (${g.lines} line(s), ${g.quantity} item(s) not computed, first line ${g.firstLine})`,
        },
      });
    }
    return undefined;
  }
}
