import type { Block, ReportDocument, Section } from "./document.js";
import { escapeMarkdown } from "./escape-markdown.js";
import type { Lang } from "@nrs/core";
import { colon } from "./punctuation.js";

function block(b: Block, lang: Lang): string {
  switch (b.kind) {
    case "p":
      return escapeMarkdown(b.text);
    case "ul":
      return b.items.map((i) => "- " + escapeMarkdown(i)).join("\n");
    case "dl":
      return b.items.map(([t, d]) => `- **${escapeMarkdown(t)}**${colon(lang)}${escapeMarkdown(d)}`).join("\n");
    case "chart": {
      // The chart's figures as a table (Markdown draws no chart).
      const d = b.data;
      const notes = d.notes !== undefined;
      const head =
        "| " +
        [
          lang === "fr" ? "Élément" : "Item",
          ...d.series.map((s) => s.name),
          ...(notes ? [d.notesLabel ?? (lang === "fr" ? "Détail" : "Detail")] : []),
        ]
          .map(escapeMarkdown)
          .join(" | ") +
        " |";
      const rule = "| --- |" + d.series.map(() => " ---: |").join("") + (notes ? " --- |" : "");
      const rows = d.categories.map(
        (c, i) =>
          "| " +
          [c, ...(d.labels[i] ?? []), ...(notes ? [d.notes?.[i] ?? ""] : [])].map((x) => escapeMarkdown(x) || " ").join(" | ") +
          " |",
      );
      return [`**${escapeMarkdown(b.caption)}**`, "", head, rule, ...rows].join("\n");
    }
    case "table": {
      const head = "| " + b.columns.map((c) => escapeMarkdown(c.label)).join(" | ") + " |";
      const rule = "|" + b.columns.map((c) => (c.numeric ? " ---: |" : " --- |")).join("");
      const rows = b.rows.map((r) => "| " + [r.header, ...r.cells].map((c) => escapeMarkdown(c) || " ").join(" | ") + " |");
      return [`**${escapeMarkdown(b.caption)}**`, "", head, rule, ...rows].join("\n");
    }
  }
}

function section(s: Section, level: number, lang: Lang): string {
  const parts = ["#".repeat(Math.min(level, 6)) + " " + escapeMarkdown(s.title), ...s.blocks.map((b) => block(b, lang))];
  for (const c of s.sections ?? []) parts.push(section(c, level + 1, lang));
  return parts.join("\n\n");
}

/** Writes the document as GitHub-flavoured Markdown. */
export function writeMarkdown(doc: ReportDocument): string {
  return (
    ["# " + escapeMarkdown(doc.title), escapeMarkdown(doc.subtitle), ...doc.sections.map((s) => section(s, 2, doc.lang))].join("\n\n") +
    "\n"
  );
}
