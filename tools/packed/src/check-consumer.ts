// The consumer project of issue #14: an app that already has decimal.js 10.4.3 installs the tarballs,
// type-checks its code with --strict under node16 and bundler resolution (lib checks on), runs it (plain
// numbers in, the app's own Decimal out), require()s the packages from CommonJS, and ends with one
// decimal.js (`npm ls decimal.js`). Returns the app's folder and what failed.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { installApp, npm, ROOT } from "./pack.js";

const DECIMAL_JS = "10.4.3";
const here = join(ROOT, "tools", "packed", "consumer");
const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** Runs a step, prints its output, records its failure; returns its output (undefined when it failed). */
function attempt(failures: string[], what: string, step: () => string): string | undefined {
  try {
    const out = step().trim();
    console.log(`ok   ${what}${out === "" ? "" : `\n${out}`}`);
    return out;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    failures.push(`${what}: ${e.stdout ?? ""}${e.stderr ?? ""}`.trim() || e.message);
    return undefined;
  }
}

/** Decimal.js versions installed anywhere in the app's tree, from `npm ls decimal.js --all --json`. */
function decimalJsCopies(app: string): string[] {
  const versions: string[] = [];
  const walk = (deps: Record<string, { version?: string; dependencies?: object }> | undefined): void => {
    for (const [name, d] of Object.entries(deps ?? {})) {
      if (name === "decimal.js" && d.version !== undefined) versions.push(d.version);
      walk(d.dependencies as typeof deps);
    }
  };
  walk(JSON.parse(npm(["ls", "decimal.js", "--all", "--json"], app)).dependencies);
  const onDisk = readdirSync(join(app, "node_modules"), { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(join("decimal.js", "package.json")),
  );
  return [...new Set(versions.map((v) => `${v} (npm ls)`)), ...onDisk.map((f) => `node_modules/${f}`)];
}

/** The consumer app, what failed, and what its program printed in Node (undefined when it did not run). */
export interface ConsumerChecked {
  readonly app: string;
  readonly failures: string[];
  readonly nodeOutput: string | undefined;
}

export function checkConsumer(tarballs: readonly string[]): ConsumerChecked {
  const files = Object.fromEntries(
    ["index.ts", "require.cjs", "tsconfig.node16.json", "tsconfig.bundler.json"].map((f) => [f, readFileSync(join(here, f), "utf8")]),
  );
  const app = installApp("consumer-app", tarballs, files, { "decimal.js": DECIMAL_JS });
  const failures: string[] = [];
  const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: app, encoding: "utf8" });
  console.log(`\nConsumer project with decimal.js ${DECIMAL_JS} installed first (${app})`);
  attempt(failures, "tsc --strict, node16 resolution", () => node([tsc, "-p", "tsconfig.node16.json"]));
  attempt(failures, "tsc --strict, bundler resolution", () => node([tsc, "-p", "tsconfig.bundler.json"]));
  const nodeOutput = attempt(failures, "runs with plain numbers", () => node(["out/index.js"]));
  attempt(failures, "require() from CommonJS", () => node(["require.cjs"]));
  const copies = decimalJsCopies(app);
  if (copies.length === 2 && copies[0] === `${DECIMAL_JS} (npm ls)`) console.log(`ok   one decimal.js: ${copies.join(", ")}`);
  else failures.push(`expected one decimal.js ${DECIMAL_JS}, found: ${copies.join(", ")}`);
  return { app, failures, nodeOutput };
}
