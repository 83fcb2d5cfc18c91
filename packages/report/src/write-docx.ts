import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { ChartRun, type ChartRunOptions } from "docx/charts";
import type { Lang } from "@nrs/core";
import type { Block, ReportDocument, Section } from "./document.js";
import type { ChartData } from "./chart-data.js";
import { fitLabel } from "./chart-geometry.js";
import { colon } from "./punctuation.js";

// The DOCX writer: the same composed document as HTML and Markdown, with Word's own heading styles
// (Titre, Titre 1, Titre 2…, so the bilan joins the development-durable report's outline), real tables
// whose header row repeats on every page, and the charts as native Word charts (their figures live in
// the .docx, editable in Word and LibreOffice), each followed by its caption. A4, page numbers in the footer.

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const hex = (c: string) => c.replace(/^#/, "").toUpperCase();

// Text width of an A4 page with 1000-twip margins; the row-header column gets a third of it (or more
// with few columns), so that its words are never cut, the others share the rest.
const TEXT_WIDTH = 11906 - 2000;

function table(b: Extract<Block, { kind: "table" }>): Table {
  const n = b.columns.length;
  const wide = b.columns.findIndex((c, i) => i > 0 && c.wide === true);
  const first = Math.round(TEXT_WIDTH * (n <= 3 ? 0.4 : n <= 4 ? 0.3 : 0.24));
  // Wide tables (footprint by stage) in 8 pt, so that a figure and a column title hold on their line.
  const size = n >= 5 ? 16 : undefined;
  // A wide column takes half the page; the others share what is left.
  const rest = wide > 0 ? Math.floor((TEXT_WIDTH / 2 - first) / Math.max(1, n - 2)) : Math.floor((TEXT_WIDTH - first) / Math.max(1, n - 1));
  const widths =
    wide > 0
      ? b.columns.map((_, i) => (i === 0 ? first : i === wide ? Math.floor(TEXT_WIDTH / 2) : rest))
      : [first, ...b.columns.slice(1).map(() => rest)];
  const cell = (text: string, opts: { bold?: boolean; right?: boolean; header?: boolean } = {}) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: opts.bold ?? false, ...(size ? { size } : {}) })],
        }),
      ],
      ...(opts.header ? { shading: { fill: "EEF2F8" } } : {}),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.columns.map((c) => cell(c.label, { bold: true, right: c.numeric ?? false, header: true })),
      }),
      ...b.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [cell(r.header, { bold: true }), ...r.cells.map((c, i) => cell(c, { right: b.columns[i + 1]?.numeric ?? false }))],
          }),
      ),
    ],
  });
}

function chart(d: ChartData, alt: string): ChartRun {
  const categories = d.categories.map((c) => fitLabel(c, 48));
  const series = d.series.map((s) => ({
    name: s.name,
    values: [...s.values],
    color: hex(s.color),
    ...(s.colors ? { colors: s.colors.map((c) => (c ? hex(c) : undefined)) } : {}),
  }));
  const common = {
    title: d.title,
    categories,
    series,
    altText: { name: d.title, description: alt, title: d.title },
    transformation: { width: 600, height: Math.max(200, 90 + categories.length * (d.kind === "line" ? 0 : 34)) },
    font: { name: "Calibri" },
  };
  const options: ChartRunOptions =
    d.kind === "line"
      ? { ...common, type: "line", dataLabels: { value: true } }
      : {
          ...common,
          type: "bar",
          categoryAxis: { reverseOrder: true },
          valueAxis: { title: d.unit, ...(d.range ? { minimum: d.range.min, maximum: d.range.max } : {}) },
          ...(d.kind === "stacked-bar"
            ? { stacking: "stacked" as const, legend: { position: "top" as const } }
            : { legend: false as const, dataLabels: { value: true } }),
        };
  return new ChartRun(options);
}

function blocks(b: Block, lang: Lang): (Paragraph | Table)[] {
  switch (b.kind) {
    case "p":
      return [new Paragraph({ text: b.text })];
    case "ul":
      return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
    case "dl":
      return b.items.map(
        ([t, d]) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: t, bold: true }), new TextRun(colon(lang) + d)] }),
      );
    case "table":
      return [new Paragraph({ text: b.caption, style: "Caption", keepNext: true }), table(b), new Paragraph({ text: "" })];
    case "chart":
      // The chart carries its title; its figures follow as a list (the text fallback).
      return [
        new Paragraph({ keepNext: true, children: [chart(b.data, b.alt)] }),
        ...(b.data.notes
          ? b.data.categories.map((c, i) => new Paragraph({ text: `${c}${colon(lang)}${b.data.notes?.[i] ?? ""}`, bullet: { level: 0 } }))
          : []),
      ];
  }
}

function section(s: Section, depth: number, lang: Lang): (Paragraph | Table)[] {
  return [
    new Paragraph({
      text: s.title,
      heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)]!,
      pageBreakBefore: depth === 0 && s.id !== "synthese" && ["collectivite", "bilan", "sources"].includes(s.id),
    }),
    ...s.blocks.flatMap((b) => blocks(b, lang)),
    ...(s.sections ?? []).flatMap((c) => section(c, depth + 1, lang)),
  ];
}

/** Writes the composed document as a .docx (Office Open XML), A4 with page numbers. */
export async function writeDocx(doc: ReportDocument): Promise<Uint8Array> {
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], size: 16 })],
      }),
    ],
  });
  const body: ISectionOptions = {
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
    footers: { default: footer },
    children: [
      new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
      new Paragraph({ text: doc.subtitle }),
      ...doc.sections.flatMap((s) => section(s, 0, doc.lang)),
    ],
  };
  const document = new Document({
    title: `${doc.title} – ${doc.subtitle}`,
    creator: "@nrs/report",
    description: doc.title,
    styles: { default: { document: { run: { font: "Calibri", size: 21 } } } },
    sections: [body],
  });
  return Packer.pack(document, "uint8array");
}
