import type { TableSchemaField } from "./table-schema.js";

/**
 * One version of a national open-data schema (schema.data.gouv.fr) that `@nrs/report` writes to:
 * where its official descriptor is, and its fields (names in order, types, formats, constraints), as
 * data. The exporters build their header from `fields`, and a test compares `fields` with the official
 * descriptor copied in the tests, so the next version of a schema is one new declaration.
 *
 * @example
 * ```ts
 * import type { NationalSchema } from "@nrs/report";
 * const s: NationalSchema = { id: "x/schema-y", name: "schema-y", title: "Y", version: "1.0.0", url: "https://example.org/schema.json",
 *   page: "https://example.org", licence: "etalab-2.0", fields: [{ name: "a", type: "string" }] };
 * console.log(s.fields.length); // 1
 * ```
 */
export interface NationalSchema<Name extends string = string> {
  /** `<owner>/<repository>` of the schema on schema.data.gouv.fr. */
  readonly id: string;
  /** The descriptor's `name`. */
  readonly name: string;
  /** The descriptor's `title`. */
  readonly title: string;
  /** Version without the `v` of its git tag. */
  readonly version: string;
  /** URL of the official descriptor of this version (the descriptor's own `path`). */
  readonly url: string;
  /** Its documentation page on schema.data.gouv.fr. */
  readonly page: string;
  /** SPDX id of the schema's licence. */
  readonly licence: string;
  /** Its fields, in the order of the CSV columns. */
  readonly fields: readonly (TableSchemaField & { readonly name: Name })[];
}
