import type { Problem } from "@nrs/core";
import type { BilanAnnuel, Collectivite, ProgrammeDeTravail, Strategie } from "@nrs/model";
import type { ProjectSettings } from "./project-settings.js";

/** The documents of a project folder that are read whole (JSON), with every problem found in them. */
export interface ProjectDocuments {
  readonly settings: ProjectSettings;
  readonly collectivite: Collectivite | undefined;
  readonly programme: ProgrammeDeTravail | undefined;
  readonly strategie: Strategie | undefined;
  readonly bilans: ReadonlyMap<number, BilanAnnuel>;
  /** Years with data or a bilan, ascending. */
  readonly years: readonly number[];
  /** Every problem, each with its file and, when known, line and column. */
  readonly problems: readonly Problem[];
}
