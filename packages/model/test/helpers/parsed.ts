import { parseBilan, parseCollectivite, parseProgramme, parseStrategy } from "../../src/index.js";
import type { BilanAnnuel, Collectivite, ProgrammeDeTravail, Strategie } from "../../src/index.js";

function must<T>(r: { ok: true; value: T } | { ok: false; errors: readonly unknown[] }): T {
  if (!r.ok) throw new Error(`fixture does not parse: ${JSON.stringify(r.errors)}`);
  return r.value;
}

export const asCollectivite = (x: unknown): Collectivite => must(parseCollectivite(x));
export const asProgramme = (x: unknown): ProgrammeDeTravail => must(parseProgramme(x));
export const asStrategie = (x: unknown): Strategie => must(parseStrategy(x));
export const asBilan = (x: unknown): BilanAnnuel => must(parseBilan(x));
