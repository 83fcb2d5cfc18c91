import { parse } from "parse5";

export interface El {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  content?: El;
}

export function parseHtml(text: string): El {
  return parse(text) as unknown as El;
}

export function walk(node: El, visit: (el: El) => void): void {
  if (node.tagName) visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

export const attr = (el: El, name: string): string | undefined => el.attrs?.find((a) => a.name === name)?.value;
export const children = (el: El): El[] => (el.childNodes ?? []).filter((c) => c.tagName);
export function textOf(node: El): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join("");
}

/** Every accessibility rule the issue lists that can be checked on the markup; returns the violations. */
export function accessibilityViolations(html: string, lang: string): string[] {
  const doc = parseHtml(html);
  const out: string[] = [];
  const all: El[] = [];
  walk(doc, (el) => all.push(el));
  const root = all.find((e) => e.tagName === "html");
  if (attr(root!, "lang") !== lang) out.push(`html lang is ${String(attr(root!, "lang"))}, expected ${lang}`);
  if (!all.some((e) => e.tagName === "title" && textOf(e).trim() !== "")) out.push("no document title");
  const headings = all.filter((e) => /^h[1-6]$/.test(e.tagName!)).map((e) => Number(e.tagName!.slice(1)));
  if (headings[0] !== 1) out.push("first heading is not h1");
  if (headings.filter((h) => h === 1).length !== 1) out.push("not exactly one h1");
  headings.forEach((h, i) => {
    if (i > 0 && h > headings[i - 1]! + 1) out.push(`heading level skips from h${headings[i - 1]} to h${h}`);
  });
  for (const t of all.filter((e) => e.tagName === "table")) {
    const first = children(t)[0];
    if (first?.tagName !== "caption" || textOf(first).trim() === "") out.push("table without a caption as first child");
  }
  for (const th of all.filter((e) => e.tagName === "th")) {
    const scope = attr(th, "scope");
    if (scope !== "col" && scope !== "row") out.push(`th without scope: ${textOf(th).slice(0, 40)}`);
  }
  for (const tr of all.filter((e) => e.tagName === "tr")) {
    const cells = children(tr);
    if (cells[0]?.tagName !== "th") out.push("row without a header cell");
  }
  for (const svg of all.filter((e) => e.tagName === "svg")) {
    const label = attr(svg, "aria-label");
    const title = children(svg).find((c) => c.tagName === "title");
    if (attr(svg, "role") !== "img") out.push("svg without role=img");
    if (!(label && label.trim()) && !(title && textOf(title).trim())) out.push("svg without title or aria-label");
  }
  const ids = all.map((e) => attr(e, "id")).filter((x) => x !== undefined);
  if (new Set(ids).size !== ids.length) out.push("duplicate id");
  return out;
}
