// Measures every size case in an app that installed the tarballs (`installApp`); prints the table and
// returns the cases over 110 % of their budget (over their regression guard for a budget known to be
// missed) or bundling a package they must not.
import { measureImport } from "./measure-size.js";
import { SIZE_CASES } from "./size-cases.js";

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

export async function checkSizes(app: string): Promise<string[]> {
  const failures: string[] = [];
  console.log(`Bundle sizes from the installed tarballs (esbuild minify, browser ESM, gzip -9; node ${process.version})`);
  console.log(`${"import".padEnd(58)} ${"min KB".padStart(7)} ${"gzip KB".padStart(8)} ${"budget".padStart(7)}  packages`);
  for (const c of SIZE_CASES) {
    const m = await measureImport(app, c.code, c.stubs);
    const budget = c.budgetKb === undefined ? "" : `${c.budgetKb} KB`;
    let verdict = "";
    if (c.budgetKb !== undefined) {
      const ratio = m.gz / (c.budgetKb * 1024);
      verdict =
        ratio <= 1
          ? " ok"
          : ratio <= 1.1
            ? " OVER (within 10 %)"
            : c.missedGuardKb === undefined
              ? " FAIL"
              : ` MISSED (guard ${c.missedGuardKb} KB)`;
      if (ratio > 1.1 && c.missedGuardKb === undefined) failures.push(`${c.name}: ${kb(m.gz)} KB gzip > ${c.budgetKb} KB + 10 %`);
      if (c.missedGuardKb !== undefined && m.gz > c.missedGuardKb * 1024)
        failures.push(
          `${c.name}: ${kb(m.gz)} KB gzip > its regression guard ${c.missedGuardKb} KB (budget ${c.budgetKb} KB, already missed)`,
        );
    }
    const unwanted = (c.without ?? []).filter((p) => m.packages.includes(p));
    if (unwanted.length > 0) failures.push(`${c.name}: bundles ${unwanted.join(", ")}`);
    console.log(
      `${c.name.padEnd(58)} ${kb(m.min).padStart(7)} ${kb(m.gz).padStart(8)} ${budget.padStart(7)}  ${m.packages.join(", ")}${verdict}`,
    );
  }
  return failures;
}
