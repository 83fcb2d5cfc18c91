import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { CliError } from "../cli-error.js";
import type { CliIo } from "../cli-io.js";
import { ExitCode } from "../exit-code.js";
import { assertSafeOutput } from "./output-guard.js";

/** One file to write: where the user asked (`--out`) and what. */
export interface OutputFile {
  readonly out: string;
  readonly content: string | Uint8Array;
}

/**
 * Writes a command's output files and returns the paths to show the user. Every path is checked first
 * (see {@link assertSafeOutput}: nothing the project reads is ever replaced), then each file is written
 * atomically: to a temporary file in the same folder, renamed over the target only once complete, so a
 * full disk or a crash never leaves a truncated file. A file that cannot be written is exit code 3.
 */
export async function writeOutputs(io: CliIo, files: readonly OutputFile[], projectRoot: string | undefined): Promise<string[]> {
  const paths = files.map((f) => resolve(io.cwd, f.out));
  for (const [i, f] of files.entries()) await assertSafeOutput(paths[i]!, f.out, projectRoot);
  const shown: string[] = [];
  for (const [i, f] of files.entries()) {
    const path = paths[i]!;
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temp, f.content, typeof f.content === "string" ? { encoding: "utf8", flag: "wx" } : { flag: "wx" });
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true }).catch(() => undefined);
      const detail = (e as { code?: string }).code ?? String(e);
      throw new CliError(
        "NRS_CLI_CANNOT_WRITE",
        { fr: `Impossible d'écrire ${f.out} (${detail}).`, en: `Cannot write ${f.out} (${detail}).` },
        {
          fr: "Vérifiez le chemin de --out, la place disque et les droits d'écriture.",
          en: "Check the --out path, the disk space and the write permissions.",
        },
        ExitCode.io,
      );
    }
    // Outside the current folder a relative path (../../tmp/x) reads worse than the absolute one.
    const rel = relative(io.cwd, path);
    shown.push(rel === "" || rel.startsWith("..") ? path : rel);
  }
  return shown;
}

/** {@link writeOutputs} for one file. */
export async function writeOutput(io: CliIo, out: string, content: string | Uint8Array, projectRoot: string | undefined): Promise<string> {
  const [shown] = await writeOutputs(io, [{ out, content }], projectRoot);
  return shown!;
}

/** The generation date of documents: `SOURCE_DATE_EPOCH` when set (reproducible builds), else today. */
export function generationDate(io: CliIo): string {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
