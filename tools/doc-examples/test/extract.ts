import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** A code example found in the documentation, with where it comes from. */
export interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

export const root = join(import.meta.dirname, "..", "..", "..");

export function walk(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name === "api" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

const FENCE = /^```(ts|typescript)(\s+[^\n]*)?$/;

/** ```ts blocks of a Markdown text; a block whose info string says `no-run` is skipped. */
export function markdownExamples(file: string, text: string): DocExample[] {
  return blocks(text.split("\n"), (l) => l).map((b) => ({ file: relative(root, file), ...b }));
}

/** ```ts blocks inside the `@example` tags of the TSDoc comments of a TypeScript source. */
export function tsdocExamples(file: string, text: string): DocExample[] {
  const out: DocExample[] = [];
  const comment = /\/\*\*[\s\S]*?\*\//g;
  for (let m = comment.exec(text); m; m = comment.exec(text)) {
    const startLine = text.slice(0, m.index).split("\n").length;
    const lines = m[0].split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\*\/\s*$/, ""));
    const exampleAt = lines.findIndex((l) => l.trim().startsWith("@example"));
    if (exampleAt < 0) continue;
    for (const b of blocks(lines.slice(exampleAt), (l) => l)) {
      out.push({ file: relative(root, file), line: startLine + exampleAt + b.line - 1, code: b.code });
    }
  }
  return out;
}

function blocks(lines: string[], clean: (l: string) => string): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  let open: { line: number; body: string[]; skip: boolean } | undefined;
  lines.forEach((raw, i) => {
    const l = clean(raw);
    if (!open) {
      const f = FENCE.exec(l.trim());
      if (f) open = { line: i + 2, body: [], skip: (f[2] ?? "").includes("no-run") };
    } else if (l.trim() === "```") {
      if (!open.skip) out.push({ line: open.line, code: open.body.join("\n") });
      open = undefined;
    } else {
      open.body.push(l);
    }
  });
  return out;
}

/** Names of exported functions, consts and classes whose TSDoc has no `@example`. */
export function exportsWithoutExample(text: string): string[] {
  const missing: string[] = [];
  const decl =
    /(\/\*\*[\s\S]*?\*\/\s*)?export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|abstract\s+class)\s+([A-Za-z0-9_$]+)/g;
  for (let m = decl.exec(text); m; m = decl.exec(text)) {
    const doc = m[1] ?? "";
    if (!doc.includes("@example")) missing.push(m[2] as string);
  }
  return missing;
}
