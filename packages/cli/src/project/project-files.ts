import { createReadStream, type Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { problem, type Problem } from "@nrs/core";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { checkInput, type InputState } from "./check-input.js";
import { decodeJsonBytes, MAX_JSON_BYTES } from "./decode-json-bytes.js";
import { duplicateKeyProblems } from "./duplicate-key-problems.js";
import { jsonSyntaxError, locateJson, offsetToPosition } from "./json-locator.js";
import { DATA_FILES } from "@nrs/indicators";
import { isInventoryFile, LAYOUT, type DataFile } from "./project-layout.js";
import { strictUtf8Chunks } from "./strict-utf8-chunks.js";

/** The years a project may hold, as `@nrs/model` accepts them. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

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

  /**
   * What is at an input's path: absent, or a readable regular file. Anything else (a folder, a dangling
   * link, a loop, a FIFO, an unreadable file) is a `CliError` with exit code 3, never "absent".
   */
  async check(file: string): Promise<InputState> {
    return checkInput(this.abs(file), this.display(file));
  }

  /** Whether an input is there; see {@link check} for what is refused rather than taken as absent. */
  async exists(file: string): Promise<boolean> {
    return (await this.check(file)).kind === "file";
  }

  /** Size in bytes, for the progress bar. */
  async size(file: string): Promise<number> {
    const state = await this.check(file);
    return state.kind === "file" ? state.size : 0;
  }

  /**
   * The years that have a `donnees/<year>/` folder or a `bilans/<year>.json` file, ascending, and a
   * warning for each entry of those folders that is not one (`donnees/0000/`, `bilans/notes.txt`,
   * `donnees/2025/inventaire (1).csv`): ignored, but named.
   */
  async years(): Promise<{ years: number[]; stray: Problem[] }> {
    const years = new Set<number>();
    const stray: Problem[] = [];
    const isYear = (text: string | undefined): boolean => text !== undefined && Number(text) >= FIRST_YEAR && Number(text) <= LAST_YEAR;
    for (const entry of await this.entries(LAYOUT.donnees)) {
      const path = `${LAYOUT.donnees}/${entry.name}`;
      if (/^\d{4}$/.test(entry.name) && isYear(entry.name) && (entry.isDirectory() || entry.isSymbolicLink())) {
        years.add(Number(entry.name));
        for (const inner of await this.entries(path)) {
          if (!DATA_FILES.some((d) => d.file === inner.name) && !isInventoryFile(inner.name))
            stray.push(this.strayProblem(`${path}/${inner.name}`));
        }
      } else stray.push(this.strayProblem(path));
    }
    for (const entry of await this.entries(LAYOUT.bilans)) {
      const m = /^(\d{4})\.json$/.exec(entry.name);
      if (m && isYear(m[1])) years.add(Number(m[1]));
      else stray.push(this.strayProblem(`${LAYOUT.bilans}/${entry.name}`));
    }
    return { years: [...years].sort((a, b) => a - b), stray };
  }

  /** The entries of a folder of the project, none when it is absent; a file where a folder belongs is exit 3. */
  private async entries(folder: string): Promise<Dirent[]> {
    try {
      return (await readdir(this.abs(folder), { withFileTypes: true })).filter((e) => !e.name.startsWith("."));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return [];
      throw new CliError(
        "NRS_CLI_NOT_A_FOLDER",
        {
          fr: `${this.display(folder)} : dossier illisible (${code ?? "?"}).`,
          en: `${this.display(folder)}: cannot read the folder (${code ?? "?"}).`,
        },
        { fr: "Ce chemin doit être un dossier lisible.", en: "This path must be a readable folder." },
        ExitCode.io,
      );
    }
  }

  private strayProblem(path: string): Problem {
    return {
      code: "NRS_STRAY_ENTRY",
      severity: "warning",
      path: [],
      file: this.display(path),
      message: {
        fr: "Entrée inattendue dans le dossier de projet (ignorée) : ni une année (1900 à 2200) ni un fichier de données connu.",
        en: "Unexpected entry in the project folder (ignored): neither a year (1900 to 2200) nor a known data file.",
      },
    };
  }

  /**
   * Data files present for a year. `inventaire.csv` stands for the inventory dataset: it is listed when
   * the year has any inventory file (see {@link inventoryFiles}).
   */
  async dataFiles(year: number): Promise<DataFile[]> {
    const out: DataFile[] = [];
    for (const { file } of DATA_FILES) {
      if (file === "inventaire.csv" ? (await this.inventoryFiles(year)).length > 0 : await this.exists(LAYOUT.data(year, file)))
        out.push(file);
    }
    return out;
  }

  /**
   * The inventory files of a year (`inventaire.csv`, `inventaire-<name>.csv`), `inventaire.csv` first and
   * the others in name order, so every command reads and sums them in the same order. Something else
   * than a readable file under such a name is a `CliError` (exit code 3), as for any input.
   */
  async inventoryFiles(year: number): Promise<string[]> {
    const names = (await this.entries(`${LAYOUT.donnees}/${year}`)).map((e) => e.name).filter(isInventoryFile);
    names.sort((a, b) => (a === "inventaire.csv" ? -1 : b === "inventaire.csv" ? 1 : a < b ? -1 : a > b ? 1 : 0));
    const out: string[] = [];
    for (const name of names) if (await this.exists(LAYOUT.inventory(year, name))) out.push(name);
    return out;
  }

  /**
   * Reads and parses a JSON file. A missing file or invalid JSON gives problems with file, line and
   * column instead of an exception; `locate` then maps schema paths to lines.
   */
  async readJson(file: string): Promise<JsonFile> {
    const state = await this.check(file);
    if (state.kind === "absent") return { ok: false, problems: [this.ioProblem(file, { code: "ENOENT" })] };
    if (state.size > MAX_JSON_BYTES) {
      throw new CliError(
        "NRS_CLI_TOO_LARGE",
        {
          fr: `${this.display(file)} : fichier trop gros (${state.size} octets, ${MAX_JSON_BYTES} au plus).`,
          en: `${this.display(file)}: file too large (${state.size} bytes, at most ${MAX_JSON_BYTES}).`,
        },
        {
          fr: "Un document JSON du projet tient en quelques mégaoctets : vérifiez le fichier.",
          en: "A JSON document of the project fits in a few megabytes: check the file.",
        },
        ExitCode.io,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.abs(file));
    } catch (e) {
      throw this.ioError(file, e);
    }
    const decoded = decodeJsonBytes(bytes);
    if (!decoded.ok) return { ok: false, problems: [{ ...decoded.problem, file: this.display(file) }] };
    const text = decoded.text;
    try {
      const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      const twice = duplicateKeyProblems(text, this.display(file));
      if (twice.length > 0) return { ok: false, problems: twice };
      return { ok: true, value, text, locate: locateJson(text) };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const offset = /position (\d+)/.exec(detail);
      const where = offset ? offsetToPosition(body, Number(offset[1])) : jsonSyntaxError(text);
      return {
        ok: false,
        problems: [
          {
            code: "NRS_JSON_SYNTAX",
            severity: "error",
            path: [],
            file: this.display(file),
            ...(where ?? {}),
            // The engine's message quotes the text around the error: never shown, so no file content is echoed.
            message: /end of JSON/i.test(detail)
              ? {
                  fr: "JSON invalide : le fichier s'arrête avant la fin du document.",
                  en: "Invalid JSON: the file ends before the document does.",
                }
              : { fr: "JSON invalide : caractère inattendu.", en: "Invalid JSON: unexpected character." },
          },
        ],
      };
    }
  }

  /**
   * Opens a text file as a stream of UTF-8 chunks, so a CSV of any size is read in constant memory.
   * `onBytes` receives the number of bytes read so far (for the progress bar).
   */
  stream(file: string, onBytes?: (bytes: number) => void, options: { readonly lenientEncoding?: boolean } = {}): AsyncIterable<string> {
    const abs = this.abs(file);
    const shown = this.display(file);
    const ioError = (e: unknown): CliError => this.ioError(file, e);
    return (async function* () {
      // Checked before opening, so a FIFO or a folder is an error and never a blocked or empty read.
      if ((await checkInput(abs, shown)).kind === "absent") throw ioError({ code: "ENOENT" });
      const s = createReadStream(abs, { highWaterMark: 1 << 16 });
      const bytes = (async function* () {
        try {
          for await (const chunk of s as AsyncIterable<Buffer>) {
            yield chunk;
            onBytes?.(s.bytesRead);
          }
        } catch (e) {
          throw ioError(e);
        }
      })();
      // The inventory reader reports unreadable characters itself, at their line and column.
      yield* strictUtf8Chunks(bytes, shown, options.lenientEncoding ?? false);
    })();
  }

  /** A file that could be opened but not read to the end: exit code 3, with its path. */
  ioError(file: string, error: unknown): CliError {
    const code = (error as { code?: string } | undefined)?.code ?? "?";
    return new CliError(
      "NRS_CLI_IO",
      { fr: `Erreur de lecture (${code}) : ${this.display(file)}`, en: `Read error (${code}): ${this.display(file)}` },
      { fr: "Vérifiez le fichier et les droits d'accès.", en: "Check the file and the permissions." },
      ExitCode.io,
    );
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
      ? problem("NRS_FILE_MISSING", [], "Fichier absent.", "File is missing.", { file: this.display(file) })
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
