/** A field of a Frictionless Table Schema (the subset the national schemas use). */
export interface TableSchemaField {
  /** Column name, as in the CSV header. */
  readonly name: string;
  /** Human title. */
  readonly title?: string;
  /** Table Schema type. */
  readonly type: "string" | "number" | "integer" | "boolean" | "date" | "year";
  /** Format pattern (`%Y-%m-%d` for dates). */
  readonly format?: string;
  /** Required, allowed values, pattern. */
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly string[]; readonly pattern?: string };
}

/** A Frictionless tabular data resource describing one CSV file written by this package. */
export interface TabularDataResource {
  readonly profile: "tabular-data-resource";
  readonly name: string;
  readonly path: string;
  readonly format: "csv";
  readonly mediatype: "text/csv";
  readonly encoding: "utf-8";
  readonly dialect: { readonly delimiter: ","; readonly lineTerminator: "\n"; readonly header: true };
  /** The national schema the file follows (schema.data.gouv.fr), by id, version and the URL of its official descriptor. */
  readonly conformsTo: { readonly id: string; readonly version: string; readonly url: string };
  readonly schema: { readonly fields: readonly TableSchemaField[]; readonly missingValues: readonly [""] };
}

/**
 * Builds the tabular-data-resource descriptor of a CSV file that follows a national schema.
 *
 * @example
 * ```ts
 * import { tabularResource, OPEN_DATA_FIELDS, OPEN_DATA_SCHEMA } from "@nrs/report";
 * const r = tabularResource("indicateurs", "indicateurs.csv", OPEN_DATA_FIELDS, OPEN_DATA_SCHEMA);
 * console.log(r.schema.fields.length, r.conformsTo); // 17 { id: 'etalab/schema-impact-service-public-numerique', version: '0.5.0', url: 'https://github.com/etalab/schema-impact-service-public-numerique/raw/v0.5.0/schema.json' }
 * ```
 */
export function tabularResource(
  name: string,
  path: string,
  fields: readonly TableSchemaField[],
  conformsTo: TabularDataResource["conformsTo"],
): TabularDataResource {
  return {
    profile: "tabular-data-resource",
    name,
    path,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\n", header: true },
    // Only the schema's identity: a registry entry passed whole must not copy its fields here twice.
    conformsTo: { id: conformsTo.id, version: conformsTo.version, url: conformsTo.url },
    schema: { fields, missingValues: [""] },
  };
}
