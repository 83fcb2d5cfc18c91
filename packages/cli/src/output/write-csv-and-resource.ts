import { extname } from "node:path";
import { toJson } from "@nrs/core";
import type { CliIo } from "../cli-io.js";
import { writeOutputs } from "./write-output.js";

/**
 * Writes an open-data CSV to `out` and its Table Schema descriptor next to it (`out` with
 * `.resource.json` in place of its extension), as every `nrs export` does; both paths are checked
 * before either is written. Returns both paths to show the user.
 */
export async function writeCsvAndResource(
  io: CliIo,
  out: string,
  data: { readonly csv: string; readonly resource: unknown },
  projectRoot: string | undefined,
): Promise<{ readonly csv: string; readonly resource: string }> {
  const [csv, resource] = await writeOutputs(
    io,
    [
      { out, content: data.csv },
      { out: `${out.slice(0, out.length - extname(out).length)}.resource.json`, content: `${toJson(data.resource)}\n` },
    ],
    projectRoot,
  );
  return { csv: csv!, resource: resource! };
}
