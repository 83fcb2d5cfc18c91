// Golden files for the device, hosting and what-if calculators, against a frozen test pack
// (test/fixtures/devices-hosting-pack.json, invented figures). Each test/fixtures/devices-hosting-<case>/in/input.json
// is computed and compared with out/result.json (stable JSON, decimals as strings). After an intended change:
// `REGEN=1 npx vitest run --project @nrs/footprint test/golden-devices-hosting.test.ts`, then review the diff.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { golden, inputOf } from "../../../tools/test-support/src/golden.js";
import { toJson } from "@nrs/core";
import { describe, it } from "vitest";
import { computeDeviceFootprint } from "../src/devices/device-footprint.js";
import type { DeviceFootprintInput } from "../src/devices/device-input.js";
import { computeHostingFootprint } from "../src/hosting/hosting-footprint.js";
import type { HostingFootprintInput } from "../src/hosting/hosting-input.js";
import { simulateWhatIf, type Estate, type WhatIf } from "../src/scenarios/what-if.js";
import { testPack } from "./devices-hosting-pack.js";

const dir = join(import.meta.dirname, "fixtures");

// One case: <case>/in/input.json computed, compared with <case>/out/result.json (the shared golden()).
function goldenCase(name: string, compute: (input: never) => unknown): void {
  it(name, () => {
    const input = JSON.parse(readFileSync(inputOf(join(dir, name), "input.json"), "utf8")) as never;
    golden(join(dir, name), "result.json", `${toJson(compute(input))}\n`);
  });
}

type DeviceCall = DeviceFootprintInput & { secondLifeManufacturingShare?: string };

describe("golden files: devices, hosting, what-if", () => {
  goldenCase("devices-hosting-device", (input: { calls: DeviceCall[] }) =>
    input.calls.map(({ secondLifeManufacturingShare, ...call }) =>
      computeDeviceFootprint(
        call,
        secondLifeManufacturingShare === undefined ? { pack: testPack } : { pack: testPack, secondLifeManufacturingShare },
      ),
    ),
  );
  goldenCase("devices-hosting-hosting", (input: HostingFootprintInput) => computeHostingFootprint(input, { pack: testPack }));
  goldenCase("devices-hosting-whatif", (input: { estate: Estate; whatIfs: WhatIf[] }) =>
    input.whatIfs.map((w) => {
      const r = simulateWhatIf(input.estate, w, { pack: testPack });
      return { whatIf: w, description: r.description, avoided: r.avoided, baseline: r.baseline.impacts, scenario: r.scenario.impacts };
    }),
  );
});
