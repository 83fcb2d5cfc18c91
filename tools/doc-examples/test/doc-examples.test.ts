import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { exportsWithoutExample, markdownExamples, root, tsdocExamples, walk, type DocExample } from "./extract.js";
import { canonical, instrument, printed } from "./output-comments.js";

const libraries = ["core", "model", "footprint", "indicators", "report", "cli"];
const sources = libraries.flatMap((p) => {
  try {
    return walk(join(root, "packages", p, "src"), (f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  } catch {
    return [];
  }
});
const markdown = [
  join(root, "README.md"),
  ...libraries.map((p) => join(root, "packages", p, "README.md")),
  ...walk(join(root, "docs"), (f) => f.endsWith(".md")),
].filter((f) => {
  try {
    readFileSync(f);
    return true;
  } catch {
    return false;
  }
});

const examples: DocExample[] = [
  ...sources.flatMap((f) => tsdocExamples(f, readFileSync(f, "utf8"))),
  ...markdown.flatMap((f) => markdownExamples(f, readFileSync(f, "utf8"))),
];

const tmp = join(import.meta.dirname, "..", ".tmp");
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("documentation examples run", () => {
  it("finds examples", () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  examples.forEach((ex, i) => {
    it(`${ex.file}:${ex.line}`, async () => {
      const file = join(tmp, `example-${i}.ts`);
      // Each one-line `console.log(...); // text` prints through __nrsLog, which keeps what it prints
      // for the comparison below; other output is muted.
      const { code, comments } = instrument(ex.code);
      const seen = new Map<number, string[]>();
      (globalThis as { __nrsLog?: unknown }).__nrsLog = (id: number, ...args: unknown[]) => {
        seen.set(id, [...(seen.get(id) ?? []), printed(args)]);
      };
      // Top-level await and imports work in an ES module; the export makes it one even without imports.
      writeFileSync(file, `${code}\nexport {};\n`);
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      try {
        await import(/* @vite-ignore */ pathToFileURL(file).href);
      } finally {
        log.mockRestore();
      }
      for (const c of comments) {
        // A line printed several times (in a loop) is compared with its comment as one text.
        const actual = (seen.get(c.id) ?? ["(not printed)"]).join(" ");
        const where = `${ex.file}:${ex.line + c.line - 1}`;
        expect(canonical(actual), `${where}: printed « ${actual} », comment says « ${c.expected} »`).toBe(canonical(c.expected));
      }
    });
  });
});

/** Source files whose exports the package's index re-exports: its public API. */
function publicFiles(pkg: string): string[] {
  const src = join(root, "packages", pkg, "src");
  let index: string;
  try {
    index = readFileSync(join(src, "index.ts"), "utf8");
  } catch {
    return [];
  }
  return [...index.matchAll(/from\s+"\.\/([^"]+)\.js"/g)].map((m) => join(src, `${m[1]}.ts`));
}

/** Names the package's index re-exports (aliases resolved to the local name). */
function publicNames(pkg: string): Set<string> {
  let index: string;
  try {
    index = readFileSync(join(root, "packages", pkg, "src", "index.ts"), "utf8");
  } catch {
    return new Set();
  }
  const names = new Set<string>();
  for (const m of index.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}/g)) {
    for (const part of (m[1] ?? "").split(",")) {
      const local = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (local) names.add(local);
    }
  }
  return names;
}

describe("every public function, const and class has an @example", () => {
  for (const pkg of libraries) {
    const names = publicNames(pkg);
    for (const f of publicFiles(pkg)) {
      const text = readFileSync(f, "utf8");
      if (text.startsWith("// GENERATED")) continue;
      it(f.slice(root.length + 1), () => {
        expect(exportsWithoutExample(text).filter((n) => names.has(n))).toEqual([]);
      });
    }
  }
});
