import { NrsError, type ProblemPath } from "@nrs/core";

/** An error for one bad territory input. @internal */
export function territoryError(code: string, path: ProblemPath, fr: string, en: string): NrsError {
  return new NrsError([{ code, severity: "error", path, message: { fr, en } }]);
}

/**
 * More inhabitants than this is not a French territory (France had about 68 million in 2022): a
 * population above it is a typing error, refused rather than downscaled.
 *
 * @internal
 */
export const MAX_TERRITORY_POPULATION = 70_000_000;

/** A PUE above this is not a data centre's (French average 1.5, old rooms about 2–3). @internal */
export const MAX_PUE = 5;
