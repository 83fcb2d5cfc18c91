import type { Decimal } from "decimal.js";
import { ex } from "@nrs/core";
import { computeEquipment, computeParsedEquipment } from "../devices/compute-device.js";
import type { DeviceFootprintInput, DeviceFootprintOptions } from "../devices/device-input.js";
import type { ParsedInput } from "../devices/parsed-device.js";
import { hostingContext, hostingResult, pushPart, readPue, type HostingContext } from "./hosting-context.js";
import type { HostingFootprintInput, HostingFootprintResult, HostingPart, OnPremiseEquipmentInput } from "./hosting-input.js";

// The on-premise half of computeHostingFootprint, in its own module so that the inventory, which
// computes its servers this way, does not carry the hosting-contract code into a browser bundle.

/** The parts of the on-premise servers and storage (every bad entry recorded in `ctx.problems`). @internal */
export function onPremiseParts(ctx: HostingContext, input: HostingFootprintInput, options: DeviceFootprintOptions): HostingPart[] {
  const { year, location, problems, pueFor } = ctx;
  const parts: HostingPart[] = [];
  const equipment = (
    list: readonly OnPremiseEquipmentInput[] | undefined,
    kind: "server" | "storage",
    key: string,
    defaultType: string,
  ) => {
    (list ?? []).forEach((e, i) => {
      const path = [key, i];
      let given: Decimal | undefined;
      if (e.pue !== undefined) {
        given = readPue(e.pue, [...path, "pue"], problems);
        if (given === undefined) return;
      }
      const { pue: _pue, name, type, ...rest } = e;
      const loc = rest.location ?? location;
      const p = pueFor(given, loc, [...path, "pue"]);
      if (p === undefined) return;
      // Pass the zone only when someone gave it, so that the trace tells an input from the FR default.
      const device: DeviceFootprintInput = {
        ...rest,
        type: type ?? defaultType,
        ...(rest.location !== undefined || input.location !== undefined ? { location: loc } : {}),
        ...(year !== undefined && rest.year === undefined ? { year } : {}),
      };
      const label = name ?? `${kind} ${i + 1}`;
      pushPart(ctx, parts, path, kind, label, () =>
        computeEquipment(device, options, { pue: p, defaultHoursPerDay: ex(24), subject: label }),
      );
    });
  };
  equipment(input.servers, "server", "servers", "serveur");
  equipment(input.storage, "storage", "storage", "stockage");
  return parts;
}

/**
 * `computeHostingFootprint({ year, servers: [server] })` for one server group the inventory built from
 * validated lines, named after its type: the same result, without the validation of hand-written input.
 */
export function computeParsedServerFootprint(
  server: ParsedInput & { readonly year: number },
  options: DeviceFootprintOptions,
): HostingFootprintResult {
  const ctx = hostingContext({ year: server.year }, options);
  const path = ["servers", 0];
  const parts: HostingPart[] = [];
  const pue = ctx.pueFor(undefined, server.location ?? ctx.location, [...path, "pue"]);
  if (pue !== undefined) {
    pushPart(ctx, parts, path, "server", server.type, () =>
      computeParsedEquipment(server, options, { pue, defaultHoursPerDay: ex(24), subject: server.type }),
    );
  }
  return hostingResult(ctx, parts);
}
