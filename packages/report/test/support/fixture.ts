import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BilanReportInput } from "../../src/index.js";
import { csvFixtures, fixtureInput, type ReadFixture } from "./fixture-input.js";

export { GENERATED_AT } from "./fixture-input.js";

export const FIXTURE = fileURLToPath(new URL("../fixtures/val-de-fictive/", import.meta.url));

/** Reads an input file of the case from disk. */
export const readFixtureFile: ReadFixture = (name) => JSON.parse(readFileSync(FIXTURE + "in/" + name, "utf8"));

/** The frozen inputs of the val-de-fictive case, read from disk (see `fixture-input.ts`). */
export function loadFixture(): BilanReportInput {
  return fixtureInput(readFixtureFile);
}

/** Open-data rows and AGEC 58 lines of the case, read from disk. */
export function loadCsvFixtures(): ReturnType<typeof csvFixtures> {
  return csvFixtures(readFixtureFile);
}
