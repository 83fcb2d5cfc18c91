// The frozen test pack of the device, hosting and what-if tests (invented figures, not for use).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defineFactorPack } from "../src/packs/define-factor-pack.js";
import type { FactorPackInput } from "../src/packs/factor-pack.js";

export const testPack = defineFactorPack(
  JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "devices-hosting-pack.json"), "utf8")) as FactorPackInput,
);
