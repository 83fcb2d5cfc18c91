import type { Decimal } from "decimal.js";
import type { DecimalInput, Message } from "@nrs/core";
import type { TypeCollectivite } from "@nrs/model";

/**
 * Where a compared collectivité's figures come from: a project folder computed by @nrs, or a
 * published open-data file in the national schema `impact-service-public-numerique`.
 *
 * @example
 * ```ts
 * import type { SubjectSource } from "@nrs/indicators";
 * const s: SubjectSource = { kind: "opendata", label: "https://www.data.gouv.fr/…/indicateurs.csv", date: "2026-06-30" };
 * console.log(s.kind);
 * ```
 */
export interface SubjectSource {
  /** `projet`: computed from a project folder; `opendata`: read back from a published file. */
  readonly kind: "projet" | "opendata";
  /** The folder or file (as the user named it), or its address. */
  readonly label: string;
  /** Date of the file or of the computation (`YYYY-MM-DD`), when known. */
  readonly date?: string;
}

/**
 * One indicator value of a compared collectivité.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { SubjectValue } from "@nrs/indicators";
 * const v: SubjectValue = { key: "empreinte-carbone-par-agent", code: "empreinte-carbone-par-agent", label: { fr: "Empreinte par agent", en: "Footprint per employee" }, unit: "kgCO2e/agent", value: new Decimal("162.4") };
 * console.log(v.value.toString());
 * ```
 */
export interface SubjectValue {
  /** What identifies the indicator across subjects: the catalogue code, or `label:` + the published label when the publisher's indicator is not in the catalogue. */
  readonly key: string;
  /** Catalogue code, when the indicator is one of the catalogue's. */
  readonly code?: string;
  /** Name of the indicator. */
  readonly label: Message;
  /** Unit of the value, as written. */
  readonly unit: string;
  /** The value. */
  readonly value: Decimal;
}

/**
 * A collectivité to compare: who it is, its size, the year and its indicator values.
 *
 * @example
 * ```ts
 * import { Decimal } from "decimal.js";
 * import type { CompareSubject } from "@nrs/indicators";
 * const s: CompareSubject = {
 *   id: "217500016", name: "Fictiville", type: "COMMUNE", population: 60000, agents: 812, year: 2025,
 *   source: { kind: "projet", label: "fictiville/" },
 *   values: [{ key: "part-achats-reemploi", code: "part-achats-reemploi", label: { fr: "Part", en: "Share" }, unit: "%", value: new Decimal(22) }],
 * };
 * console.log(s.values.length);
 * ```
 */
export interface CompareSubject {
  /** Stable identifier (SIREN, INSEE code or the publisher's name); two subjects with the same id, INSEE code or name are a duplicate. */
  readonly id: string;
  /** Name shown. */
  readonly name: string;
  /** INSEE code, when known: a second way to recognise the same collectivité from another source. */
  readonly codeInsee?: string;
  /** Commune or EPCI, when known (used by the `type` peer group). */
  readonly type?: TypeCollectivite;
  /** Population (inhabitants), when known: normaliser « par habitant » and the `taille` peer group. */
  readonly population?: DecimalInput;
  /** Agents (FTE), when known: normaliser « par agent ». */
  readonly agents?: DecimalInput;
  /** Number of devices in the inventory, when known: normaliser « par équipement ». */
  readonly devices?: DecimalInput;
  /** Reporting year of the values. */
  readonly year: number;
  /** Where the values come from. */
  readonly source: SubjectSource;
  /** The values. */
  readonly values: readonly SubjectValue[];
}
