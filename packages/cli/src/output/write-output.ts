import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { CliError } from "../cli-error.js";
import type { CliIo } from "../cli-io.js";
import { ExitCode } from "../exit-code.js";

/**
 * Writes a command's output file (creating its folder) and returns the path to show the user. A file
 * that cannot be written is a {@link CliError} with exit code 3.
 */
export async function writeOutput(io: CliIo, out: string, content: string | Uint8Array): Promise<string> {
  const path = resolve(io.cwd, out);
  try {
    await mkdir(dirname(path), { recursive: true });
    await (typeof content === "string" ? writeFile(path, content, "utf8") : writeFile(path, content));
  } catch (e) {
    const detail = (e as { code?: string }).code ?? String(e);
    throw new CliError(
      "NRS_CLI_CANNOT_WRITE",
      { fr: `Impossible d'écrire ${out} (${detail}).`, en: `Cannot write ${out} (${detail}).` },
      { fr: "Vérifiez le chemin de --out et les droits d'écriture.", en: "Check the --out path and the write permissions." },
      ExitCode.io,
    );
  }
  // Outside the current folder a relative path (../../tmp/x) reads worse than the absolute one.
  const rel = relative(io.cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/** The generation date of documents: `SOURCE_DATE_EPOCH` when set (reproducible builds), else today. */
export function generationDate(io: CliIo): string {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
