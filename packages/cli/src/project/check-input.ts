import { constants } from "node:fs";
import { access, lstat, stat } from "node:fs/promises";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";

/** What sits at the path of an input the project expects. */
export type InputState = { readonly kind: "absent" } | { readonly kind: "file"; readonly size: number };

const fail = (code: string, shown: string, fr: string, en: string): CliError =>
  new CliError(
    code,
    { fr: `${shown} : ${fr}`, en: `${shown}: ${en}` },
    {
      fr: "Remplacez-le par un fichier ordinaire lisible (ou retirez-le), puis relancez.",
      en: "Replace it with a readable regular file (or remove it), then run again.",
    },
    ExitCode.io,
  );

/**
 * Looks at an input of the project without opening it: nothing there is `absent`; a readable regular
 * file (through symbolic links) is a `file`. Anything else is a {@link CliError} with the path and exit
 * code 3, never "absent": a folder, a dangling symbolic link, a loop of links, a FIFO or a device
 * (which would block or never end), or a file that cannot be read.
 */
export async function checkInput(abs: string, shown: string): Promise<InputState> {
  const link = await lstat(abs).catch((e: NodeJS.ErrnoException) => e);
  if (link instanceof Error) {
    if (link.code === "ENOENT" || link.code === "ENOTDIR") return { kind: "absent" };
    throw fail("NRS_CLI_UNREADABLE", shown, `illisible (${link.code ?? "?"}).`, `cannot be read (${link.code ?? "?"}).`);
  }
  const target = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
  if (target instanceof Error) {
    if (target.code === "ELOOP") throw fail("NRS_CLI_LINK_LOOP", shown, "boucle de liens symboliques.", "a loop of symbolic links.");
    if (target.code === "ENOENT" || target.code === "ENOTDIR") {
      throw fail("NRS_CLI_DANGLING_LINK", shown, "lien symbolique vers un fichier absent.", "a symbolic link to a missing file.");
    }
    throw fail("NRS_CLI_UNREADABLE", shown, `illisible (${target.code ?? "?"}).`, `cannot be read (${target.code ?? "?"}).`);
  }
  if (target.isDirectory()) throw fail("NRS_CLI_NOT_A_FILE", shown, "c'est un dossier, pas un fichier.", "it is a folder, not a file.");
  if (!target.isFile()) {
    throw fail(
      "NRS_CLI_NOT_A_FILE",
      shown,
      "ce n'est pas un fichier ordinaire (tube, socket ou périphérique).",
      "it is not a regular file (a pipe, socket or device).",
    );
  }
  const readable = await access(abs, constants.R_OK).then(
    () => undefined,
    (e: NodeJS.ErrnoException) => e.code ?? "?",
  );
  if (readable !== undefined) throw fail("NRS_CLI_UNREADABLE", shown, `illisible (${readable}).`, `cannot be read (${readable}).`);
  return { kind: "file", size: target.size };
}
