// Checks the links of the documentation site typedoc builds (docs/api): every relative link must open a
// page or file of the site, and its #anchor an element of that page. A raw Markdown file (a link
// typedoc could not turn into one of its pages and copied as a download), a source file, a directory, a
// heading anchor that no longer exists and a file name that a Markdown renderer turned into a web
// address (`http://FACTORS.md`) are all reported. External addresses are not fetched (the check runs
// without network).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** One broken link: the page it is on, the link as written, and why it is refused. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

/** The `href` and `src` values of an HTML text (entities `&amp;` decoded). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, "&"));
}

/** The `id` and `name` values of an HTML or SVG text: the anchors a `#fragment` may point to. */
export function anchorsOf(text: string): Set<string> {
  return new Set([...text.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => m[1] as string));
}

/** Extensions a static host would serve as a raw download rather than as a page of the site. */
const RAW = /\.(md|markdown|ts|mts|cts|tsx)$/i;

/** Why `href`, found on the page `page` (a path under `siteDir`), is broken, or undefined when it works. */
export function checkLink(siteDir: string, page: string, href: string, read: (path: string) => string): string | undefined {
  if (href === "") return undefined; // the current page (typedoc's breadcrumb)
  const external = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (external) {
    if (!/^https?$/i.test(external[1] as string)) return undefined; // mailto:, data:…
    const host = href.replace(/^https?:\/\//i, "").split(/[/?#]/)[0] ?? "";
    return RAW.test(host) ? "a file name turned into a web address (write it as `code` or as a relative link)" : undefined;
  }
  if (href.startsWith("//")) return undefined;
  const [pathPart, fragment] = splitFragment(href);
  const path = decodeURIComponent(pathPart.split("?")[0] ?? "");
  const target = path === "" ? page : resolve(dirname(page), path);
  const rel = relative(siteDir, target);
  if (rel.startsWith("..")) return "points outside the site";
  if (!existsSync(target)) return "no such file in the site";
  if (statSync(target).isDirectory()) return "a directory, not a page";
  if (RAW.test(target)) return "a raw source or Markdown file, not a page of the site";
  if (fragment && !anchorsOf(read(target)).has(decodeURIComponent(fragment))) return `no anchor #${fragment} in ${rel}`;
  return undefined;
}

function splitFragment(href: string): [string, string] {
  const at = href.indexOf("#");
  return at < 0 ? [href, ""] : [href.slice(0, at), href.slice(at + 1)];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** Every broken link of every HTML page under `siteDir`, each page and target read once. */
export function brokenLinks(siteDir: string): BrokenLink[] {
  const root = resolve(siteDir);
  const cache = new Map<string, string>();
  const read = (path: string): string => {
    let text = cache.get(path);
    if (text === undefined) {
      text = readFileSync(path, "utf8");
      cache.set(path, text);
    }
    return text;
  };
  const out: BrokenLink[] = [];
  for (const page of htmlFiles(root)) {
    for (const href of new Set(linksOf(read(page)))) {
      const reason = checkLink(root, page, href, read);
      if (reason) out.push({ page: relative(root, page), href, reason });
    }
  }
  return out;
}
