import type { CsvColumn } from "./csv-writer.js";
import type { NationalSchema } from "./national-schema.js";

/** How one field of a national schema is written: its kind for {@link CsvColumn} and its cell. */
export interface SchemaCell<Row> {
  /** `text` for data strings (formula-neutralised), `raw` for values the SDK formats. */
  readonly kind: "text" | "raw";
  /** The cell of a row; `undefined` gives an empty cell. */
  readonly cell: (row: Row) => string | undefined;
}

/**
 * The CSV columns of a national schema, in the order of its declared fields, each written by the
 * builder of the same name: the header is the registry's, never a second list.
 */
export function schemaColumns<Name extends string, Row>(
  schema: NationalSchema<Name>,
  cells: Readonly<Record<Name, SchemaCell<Row>>>,
): CsvColumn<Row>[] {
  return schema.fields.map((f) => ({ name: f.name, ...cells[f.name] }));
}
