import { extname } from "node:path";
import { toJson } from "@nrs/core";
import type { CliIo } from "../cli-io.js";
import { writeOutput } from "./write-output.js";

/**
 * Writes an open-data CSV to `out` and its Table Schema descriptor next to it (`out` with
 * `.resource.json` in place of its extension), as every `nrs export` does; returns both paths to show
 * the user.
 */
export async function writeCsvAndResource(io: CliIo, out: string, data: { readonly csv: string; readonly resource: unknown }): Promise<{ readonly csv: string; readonly resource: string }> {
  const csv = await writeOutput(io, out, data.csv);
  const resource = await writeOutput(io, `${out.slice(0, out.length - extname(out).length)}.resource.json`, `${toJson(data.resource)}\n`);
  return { csv, resource };
}
