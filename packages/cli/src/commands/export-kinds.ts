import type { Message } from "@nrs/core";
import type { CliIo } from "../cli-io.js";
import type { CommandLine } from "../command-line/command-line.js";
import type { ExitCodeValue } from "../exit-code.js";
import type { Reporter } from "../output/reporter.js";
import { exportAgec58 } from "./export-agec58.js";
import { exportOpenData } from "./export-opendata.js";

/** One kind of `nrs export`: what it writes (for the help) and how. */
export interface ExportKind {
  readonly summary: Message;
  readonly run: (cl: CommandLine, dir: string, out: string, r: Reporter, io: CliIo) => Promise<ExitCodeValue>;
}

/**
 * The kinds of `nrs export`, the one place the command, its help and its errors read them from. Adding
 * an export is one entry here plus its `export-<kind>.ts`.
 */
export const EXPORT_KINDS: Readonly<Record<string, ExportKind>> = {
  opendata: {
    summary: {
      fr: "indicateurs de l'année et cibles de la stratégie, schéma national impact-service-public-numerique",
      en: "the year's indicators and the strategy's targets, national schema impact-service-public-numerique",
    },
    run: exportOpenData,
  },
  agec58: {
    summary: {
      fr: "déclaration AGEC art. 58 des achats (achats.csv ; SIRET dans collectivite.json)",
      en: "AGEC art. 58 declaration of purchases (achats.csv; SIRET in collectivite.json)",
    },
    run: exportAgec58,
  },
};
