import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { Problem } from "@nrs/core";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { locateJson, offsetToPosition } from "./json-locator.js";
import { DATA_FILES } from "@nrs/indicators";
import { LAYOUT, type DataFile } from "./project-layout.js";

/**
 * A project folder on disk: resolves its files, reads them, and names them in problems the way the user
 * typed the folder (relative to the current directory), so `file:line:column` can be clicked in an editor.
 */
export class ProjectFiles {
  readonly root: string;

  constructor(
    dir: string,
    private readonly cwd: string,
  ) {
    this.root = isAbsolute(dir) ? dir : resolve(cwd, dir);
  }

  /** Absolute path of a file of the project. */
  abs(file: string): string {
    return join(this.root, file);
  }

  /** The name shown to the user for a file of the project. */
  display(file: string): string {
    const rel = relative(this.cwd, this.abs(file));
    return rel === "" ? "." : rel.split("\\").join("/");
  }

  /** Fails with exit code 3 when the folder does not exist or is not a folder. */
  async assertFolder(): Promise<void> {
    const s = await stat(this.root).catch(() => undefined);
    if (!s?.isDirectory()) {
      throw new CliError(
        "NRS_CLI_NO_PROJECT",
        { fr: `Dossier de projet introuvable : ${this.display("")}`, en: `Project folder not found: ${this.display("")}` },
        {
          fr: "Vérifiez le chemin, ou créez un dossier de départ avec « nrs init <dossier> ».",
          en: 'Check the path, or create a starting folder with "nrs init <folder>".',
        },
        ExitCode.io,
      );
    }
  }

  async exists(file: string): Promise<boolean> {
    return (await stat(this.abs(file)).catch(() => undefined))?.isFile() ?? false;
  }

  /** Size in bytes, for the progress bar. */
  async size(file: string): Promise<number> {
    return (await stat(this.abs(file)).catch(() => undefined))?.size ?? 0;
  }

  /** The years that have a `donnees/<year>/` folder or a `bilans/<year>.json` file, ascending. */
  async years(): Promise<number[]> {
    const years = new Set<number>();
    for (const name of await readdir(this.abs(LAYOUT.donnees)).catch(() => [] as string[])) {
      if (/^\d{4}$/.test(name)) years.add(Number(name));
    }
    for (const name of await readdir(this.abs(LAYOUT.bilans)).catch(() => [] as string[])) {
      const m = /^(\d{4})\.json$/.exec(name);
      if (m) years.add(Number(m[1]));
    }
    return [...years].sort((a, b) => a - b);
  }

  /** Data files present for a year. */
  async dataFiles(year: number): Promise<DataFile[]> {
    const out: DataFile[] = [];
    for (const { file } of DATA_FILES) if (await this.exists(LAYOUT.data(year, file))) out.push(file);
    return out;
  }

  /**
   * Reads and parses a JSON file. A missing file or invalid JSON gives problems with file, line and
   * column instead of an exception; `locate` then maps schema paths to lines.
   */
  async readJson(file: string): Promise<JsonFile> {
    let text: string;
    try {
      text = await readFile(this.abs(file), "utf8");
    } catch (e) {
      return { ok: false, problems: [this.ioProblem(file, e)] };
    }
    try {
      const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      return { ok: true, value, text, locate: locateJson(text) };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const offset = /position (\d+)/.exec(detail);
      const where = offset ? offsetToPosition(text, Number(offset[1])) : undefined;
      return {
        ok: false,
        problems: [
          {
            code: "NRS_JSON_SYNTAX",
            severity: "error",
            path: [],
            file: this.display(file),
            ...(where ?? {}),
            message: { fr: `JSON invalide : ${detail}`, en: `Invalid JSON: ${detail}` },
          },
        ],
      };
    }
  }

  /**
   * Opens a text file as a stream of UTF-8 chunks, so a CSV of any size is read in constant memory.
   * `onBytes` receives the number of bytes read so far (for the progress bar).
   */
  stream(file: string, onBytes?: (bytes: number) => void): AsyncIterable<string> {
    const s = createReadStream(this.abs(file), { encoding: "utf8", highWaterMark: 1 << 16 });
    if (!onBytes) return s;
    return (async function* () {
      for await (const chunk of s as AsyncIterable<string>) {
        yield chunk;
        onBytes(s.bytesRead);
      }
    })();
  }

  /** Attaches the file name, and the line and column of JSON paths, to problems from a library. */
  withFile(file: string, problems: readonly Problem[], locate?: JsonFile & { ok: true }): Problem[] {
    return problems.map((p) => {
      const where = p.line === undefined && locate ? locate.locate(p.path) : undefined;
      return { ...p, file: this.display(file), ...(where ?? {}) };
    });
  }

  /** The problem for a file that cannot be read. */
  ioProblem(file: string, error: unknown): Problem {
    const missing = (error as { code?: string } | undefined)?.code === "ENOENT";
    return missing
      ? { code: "NRS_FILE_MISSING", severity: "error", path: [], file: this.display(file), message: { fr: "Fichier absent.", en: "File is missing." } }
      : {
          code: "NRS_FILE_UNREADABLE",
          severity: "error",
          path: [],
          file: this.display(file),
          message: { fr: `Fichier illisible : ${String(error)}`, en: `Cannot read file: ${String(error)}` },
        };
  }
}

/** A JSON file once read: its value and a way to find the line of a path, or the problems. */
export type JsonFile =
  | { readonly ok: true; readonly value: unknown; readonly text: string; readonly locate: ReturnType<typeof locateJson> }
  | { readonly ok: false; readonly problems: readonly Problem[] };
