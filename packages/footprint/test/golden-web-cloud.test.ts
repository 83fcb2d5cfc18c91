// Golden files for the web, network and cloud calculators: test/fixtures/web-cloud-<case>/in/input.json is
// computed and compared with out/result.json (written as stable JSON, decimals as strings). Regenerate after an
// intended change with `REGEN=1 npx vitest run --project @nrs/footprint test/golden-web-cloud.test.ts`
// and review the diff.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { golden, inputOf } from "../../../tools/test-support/src/golden.js";
import { toJson } from "@nrs/core";
import { describe, it } from "vitest";
import { computeCloudFootprint } from "../src/cloud/cloud-footprint.js";
import type { CloudUsage } from "../src/cloud/cloud-usage.js";
import { ecoIndex, type EcoIndexInput } from "../src/web/ecoindex.js";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import type { FactorPackInput } from "../src/packs/factor-pack.js";
import { computeNetworkFootprint, type NetworkFlow } from "../src/network/network-footprint.js";
import { oneByte } from "../src/web/one-byte.js";
import { sustainableWebDesign, type SustainableWebDesignOptions } from "../src/web/sustainable-web-design.js";

const dir = join(import.meta.dirname, "fixtures");

// One case: <case>/in/input.json computed, compared with <case>/out/result.json (the shared golden()).
function goldenCase(name: string, compute: (input: never) => unknown): void {
  it(name, () => {
    const input = JSON.parse(readFileSync(inputOf(join(dir, name), "input.json"), "utf8")) as never;
    golden(join(dir, name), "result.json", `${toJson(compute(input))}\n`);
  });
}

interface SwdCall {
  model: "swd" | "onebyte";
  options?: SustainableWebDesignOptions;
  method: "perByteTrace" | "perVisitTrace";
  bytes: number | string;
  green: boolean;
}

describe("golden files: web, network, cloud", () => {
  goldenCase("web-cloud-swd", (input: { calls: SwdCall[] }) =>
    input.calls.map((c) =>
      c.model === "onebyte" ? oneByte().perByteTrace(c.bytes, c.green) : sustainableWebDesign(c.options)[c.method](c.bytes, c.green),
    ),
  );
  goldenCase("web-cloud-cloud", (input: { usages: CloudUsage[] }) => input.usages.map((u) => computeCloudFootprint(u)));
  goldenCase("web-cloud-ecoindex", (input: { pages: EcoIndexInput[] }) => input.pages.map((p) => ecoIndex(p)));
  goldenCase("web-cloud-network", (input: { pack: FactorPackInput; flows: NetworkFlow[] }) =>
    computeNetworkFootprint({ pack: defineFactorPack(input.pack), flows: input.flows }),
  );
});
