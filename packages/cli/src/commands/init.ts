import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { initTemplate } from "../init/init-template.js";
import type { Command } from "../command-line/command-line.js";
import { requireFolderArgument } from "./folder-argument.js";

/** `nrs init <dir> [--force]`: writes a commented starting project folder. */
export const initCommand: Command = async (cl, r, io) => {
  const dir = requireFolderArgument(cl);
  const root = resolve(io.cwd, dir);
  const existing = await readdir(root).catch(() => [] as string[]);
  if (existing.length > 0 && !cl.force) {
    throw new CliError(
      "NRS_CLI_NOT_EMPTY",
      { fr: `Le dossier n'est pas vide : ${dir}`, en: `The folder is not empty: ${dir}` },
      {
        fr: "Choisissez un dossier nouveau ou vide, ou ajoutez --force pour écraser les fichiers du modèle.",
        en: "Choose a new or empty folder, or add --force to overwrite the template's files.",
      },
      ExitCode.usage,
    );
  }
  const year = new Date().getUTCFullYear() - 1;
  const files = initTemplate(year);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content, "utf8");
  }
  r.written({ fr: `Dossier de projet créé : ${dir}`, en: `Project folder created: ${dir}` });
  for (const path of Object.keys(files)) r.written(`  ${path}`);
  r.written({
    fr: `Remplacez les valeurs d'exemple (voir ${join(dir, "README.md")}), puis : nrs validate ${dir}`,
    en: `Replace the example values (see ${join(dir, "README.md")}), then: nrs validate ${dir}`,
  });
  r.json("init", { ok: true, folder: dir, year, files: Object.keys(files) });
  return ExitCode.ok;
};
