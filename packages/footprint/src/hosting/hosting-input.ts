import type { DecimalInput } from "@nrs/core";
import type { DeviceFootprintInput } from "../devices/device-input.js";
import type { FootprintResult } from "../footprint-result.js";

/**
 * On-premise equipment in a server room or data centre the collectivité runs: like a device (see
 * `computeDeviceFootprint`), plus the PUE of the room. `type` is a pack item, `serveur` or `stockage`
 * by default; the duty cycle defaults to 24 h a day.
 */
export interface OnPremiseEquipmentInput extends Omit<DeviceFootprintInput, "type"> {
  readonly type?: string;
  /** A name for reports (e.g. the room or the cluster). */
  readonly name?: string;
  /** PUE of the room (default: the hosting input's `pue`, else the pack's `datacenter_<location>`). */
  readonly pue?: DecimalInput;
}

/**
 * A hosting contract known by its electricity: `kwhPerYear` is the IT electricity of the year (as an
 * operator reports it), multiplied by the PUE unless `pueIncluded` says it already contains the
 * facility's overhead. The embodied impact of the operator's equipment is not known from a contract
 * and is absent from the result (not zero).
 */
export interface HostingContractInput {
  readonly name?: string;
  readonly kwhPerYear: DecimalInput;
  readonly pue?: DecimalInput;
  readonly pueIncluded?: boolean;
  /** Grid zone of the data centre (default: the hosting input's, else `FR`). */
  readonly location?: string;
}

/** Input of {@link computeHostingFootprint}. */
export interface HostingFootprintInput {
  /** Reporting year (grid factor and PUE of that year, and allocation of equipment by dates). */
  readonly year?: number;
  /** Default grid zone of every entry (default `FR`). */
  readonly location?: string;
  /** Default PUE of every entry (default: the pack's `datacenter_<location>`). */
  readonly pue?: DecimalInput;
  readonly servers?: readonly OnPremiseEquipmentInput[];
  readonly storage?: readonly OnPremiseEquipmentInput[];
  readonly contracts?: readonly HostingContractInput[];
}

/** One line of a hosting footprint. */
export interface HostingPart {
  readonly kind: "server" | "storage" | "contract";
  readonly name: string;
  readonly result: FootprintResult;
}

/** Result of {@link computeHostingFootprint}: the total (exact sum of the parts) and each part. */
export interface HostingFootprintResult extends FootprintResult {
  readonly parts: readonly HostingPart[];
}
