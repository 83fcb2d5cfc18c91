// Golden files for the web, network and cloud calculators: test/fixtures/web-cloud-<case>/in.json is
// computed and compared with out.json (written as stable JSON, decimals as strings). Regenerate after an
// intended change with `REGEN=1 npx vitest run --project @nrs/footprint test/golden-web-cloud.test.ts`
// and review the diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toJson } from "@nrs/core";
import { describe, expect, it } from "vitest";
import { computeCloudFootprint, type CloudUsage } from "../src/cloud/cloud-footprint.js";
import { ecoIndex, type EcoIndexInput } from "../src/ecoindex.js";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import type { FactorPackInput } from "../src/packs/factor-pack.js";
import { computeNetworkFootprint, type NetworkFlow } from "../src/network/network-footprint.js";
import { oneByte } from "../src/one-byte.js";
import { sustainableWebDesign, type SustainableWebDesignOptions } from "../src/sustainable-web-design.js";

const dir = join(import.meta.dirname, "fixtures");

function golden(name: string, compute: (input: never) => unknown): void {
  it(name, () => {
    const input = JSON.parse(readFileSync(join(dir, name, "in.json"), "utf8")) as never;
    const actual = `${toJson(compute(input))}\n`;
    const outFile = join(dir, name, "out.json");
    if (process.env.REGEN === "1" || !existsSync(outFile)) writeFileSync(outFile, actual);
    expect(actual).toBe(readFileSync(outFile, "utf8"));
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
  golden("web-cloud-swd", (input: { calls: SwdCall[] }) =>
    input.calls.map((c) =>
      c.model === "onebyte" ? oneByte().perByteTrace(c.bytes, c.green) : sustainableWebDesign(c.options)[c.method](c.bytes, c.green),
    ),
  );
  golden("web-cloud-cloud", (input: { usages: CloudUsage[] }) => input.usages.map((u) => computeCloudFootprint(u)));
  golden("web-cloud-ecoindex", (input: { pages: EcoIndexInput[] }) => input.pages.map((p) => ecoIndex(p)));
  golden("web-cloud-network", (input: { pack: FactorPackInput; flows: NetworkFlow[] }) =>
    computeNetworkFootprint({ pack: defineFactorPack(input.pack), flows: input.flows }),
  );
});
