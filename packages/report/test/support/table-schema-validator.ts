import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { Table } from "tableschema";

/** Where the official descriptors and their valid examples are copied (Etalab Licence Ouverte 2.0). */
export const OFFICIAL_DIR = new URL("../fixtures/national-schemas/", import.meta.url);

/** The official descriptor `<name>-v<version>.schema.json`, parsed. */
export function officialDescriptor(
  name: string,
  version: string,
): { readonly path: string; readonly version: string; readonly fields: readonly Record<string, unknown>[] } {
  return JSON.parse(readFileSync(new URL(`${name}-v${version}.schema.json`, OFFICIAL_DIR), "utf8")) as never;
}

/** The official valid example `<name>-v<version>.exemple-valide.csv`. */
export function officialExample(name: string, version: string): string {
  return readFileSync(new URL(`${name}-v${version}.exemple-valide.csv`, OFFICIAL_DIR), "utf8");
}

interface CastError extends Error {
  readonly rowNumber?: number;
  readonly columnNumber?: number;
  readonly errors?: readonly CastError[];
}

/**
 * Validates CSV text against a Table Schema descriptor with `tableschema` (the Frictionless Data
 * JavaScript implementation): the descriptor itself, then every row cast field by field (types,
 * formats, `required`, `enum`, `pattern`). The library checks that every field has a header but not
 * their order (it casts by position), so the header row is also compared with the field names, in
 * order, as Frictionless' own validators do. Returns one readable line per violation; `[]` is valid.
 */
export async function tableSchemaViolations(csv: string, descriptor: object): Promise<string[]> {
  // The dialect of the national schemas (and of our .resource.json): comma, double quote. Given, not
  // sniffed: the library's sniffer takes a cell full of "|" for the delimiter.
  const table = await Table.load(() => Readable.from([csv]), { schema: descriptor, headers: 1, delimiter: ",", quote: '"' });
  const schema = table.schema as unknown as { valid: boolean; errors: readonly Error[]; fieldNames: readonly string[] };
  const out: string[] = schema.valid ? [] : schema.errors.map((e) => `descriptor: ${e.message}`);
  const rows = (await table.read({ forceCast: true })) as unknown[];
  const headers = table.headers ?? [];
  if (headers.join("\u0000") !== schema.fieldNames.join("\u0000"))
    out.push(`header: [${headers.join(",")}] is not [${schema.fieldNames.join(",")}]`);
  for (const row of rows) {
    if (!(row instanceof Error)) continue;
    const e = row as CastError;
    const details = e.errors && e.errors.length > 0 ? e.errors : [e];
    for (const d of details)
      out.push(`row ${e.rowNumber ?? "?"}${d.columnNumber === undefined ? "" : ` column ${d.columnNumber}`}: ${d.message}`);
  }
  return out;
}
