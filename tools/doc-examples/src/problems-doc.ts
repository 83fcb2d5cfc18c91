// Renders docs/problems.md from the catalogue of problem codes (@nrs/core) and the compliance rules
// (@nrs/model): the page is generated, never edited by hand (scripts/write-problems-doc.ts writes it,
// test/problems-doc.test.ts fails when it is stale).
import { PROBLEM_CODE_AREAS, type Message } from "@nrs/core";
import { COMPLIANCE_RULES } from "@nrs/model";

const AREA_TITLES: Readonly<Record<keyof typeof PROBLEM_CODE_AREAS, string>> = {
  shared: "Shared by several packages",
  core: "@nrs/core (numbers, CSV)",
  model: "@nrs/model (documents)",
  footprint: "@nrs/footprint (inventories, factor packs, calculators)",
  indicators: "@nrs/indicators (yearly data files, indicators)",
  report: "@nrs/report (reports, exports)",
  cli: "@nrs/cli (the nrs command)",
};

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(rows: readonly (readonly [string, Message, string?])[], withSeverity: boolean): string[] {
  const head = withSeverity
    ? ["| Code | Severity | Meaning (en) | Signification (fr) |", "|---|---|---|---|"]
    : ["| Code | Meaning (en) | Signification (fr) |", "|---|---|---|"];
  const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    ...head,
    ...sorted.map(([code, m, severity]) => `| \`${code}\` |${withSeverity ? ` ${severity ?? ""} |` : ""} ${cell(m.en)} | ${cell(m.fr)} |`),
  ];
}

/** The whole page, ending with a newline. */
export function problemsDoc(): string {
  const lines = [
    // Front matter: the page's title and group in the documentation site's navigation (typedoc).
    "---",
    "title: Problem codes",
    "group: Reference",
    "---",
    "",
    "# Problem codes",
    "",
    "<!-- Generated from PROBLEM_CODES (@nrs/core) and COMPLIANCE_RULES (@nrs/model) by `npm run docs:problems`: do not edit by hand. -->",
    "",
    "Every problem the SDK reports has a stable machine code (`NRS_…`), a path (and line and column for a",
    "text file), and a message in French and English giving the particulars. This page lists every code",
    "with its general meaning (« … » stands for the particulars each message gives). A code is added in `packages/core/src/problem-codes/<package>.ts` (its",
    "meaning in both languages), then this page is regenerated; `problem()` accepts no code the catalogue",
    "does not have, and a test fails when a source raises one.",
    "",
  ];
  for (const [area, codes] of Object.entries(PROBLEM_CODE_AREAS) as [
    keyof typeof PROBLEM_CODE_AREAS,
    Readonly<Record<string, Message>>,
  ][]) {
    lines.push(`## ${AREA_TITLES[area]}`, "", ...table(Object.entries(codes), false), "");
  }
  lines.push(
    "## Compliance findings (@nrs/model)",
    "",
    "The checks of the programme de travail, the strategy and the bilan (`checkProgramme`, `checkStrategy`,",
    "`checkBilan`): each rule has a severity and the legal reference copied into its findings (`ref`).",
    "",
    ...table(
      Object.entries(COMPLIANCE_RULES).map(([code, r]) => [code, r.description, r.severity] as const),
      true,
    ),
    "",
  );
  return lines.join("\n");
}
