// The link checker `npm run docs` runs over the built site (tools/doc-examples/scripts/check-site-links.ts),
// tried on a small site written here: each kind of broken link it must refuse, and the links it must accept.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { anchorsOf, brokenLinks, linksOf } from "../src/site-links.js";

const site = mkdtempSync(join(tmpdir(), "nrs-site-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));
mkdirSync(join(site, "documents"));
mkdirSync(join(site, "media"));
mkdirSync(join(site, "assets"));
writeFileSync(join(site, "assets", "icons.svg"), '<svg><g id="icon-anchor"></g></svg>');
writeFileSync(join(site, "media", "notes.md"), "# raw");
writeFileSync(
  join(site, "index.html"),
  [
    '<a href="documents/guide.html">guide</a>',
    '<a href="documents/guide.html#r%C3%A9sum%C3%A9">résumé</a>',
    '<a href="#top">top</a><h1 id="top">Top</h1>',
    '<a href="">this page</a>',
    '<a href="https://data.gouv.fr/fr/">data.gouv.fr</a><a href="mailto:x@example.org">mail</a>',
    '<svg><use href="assets/icons.svg#icon-anchor"></use></svg>',
  ].join("\n"),
);
writeFileSync(
  join(site, "documents", "guide.html"),
  [
    '<h2 id="résumé">Résumé</h2>',
    '<a href="../index.html#top">home</a>',
    '<a href="../media/notes.md">raw Markdown</a>',
    '<a href="missing.html">missing</a>',
    '<a href="../documents/">directory</a>',
    '<a href="../index.html#gone">stale anchor</a>',
    '<a href="http://FACTORS.md">linkified file name</a>',
    '<a href="../../outside.html">outside</a>',
  ].join("\n"),
);

describe("the site link checker", () => {
  it("reads links and anchors from HTML", () => {
    expect(linksOf('<a href="a.html?x=1&amp;y=2">a</a><img src="i.png">')).toEqual(["a.html?x=1&y=2", "i.png"]);
    expect([...anchorsOf('<h2 id="a">A</h2><a name="b"></a>')]).toEqual(["a", "b"]);
  });

  it("refuses every kind of broken link and accepts the working ones", () => {
    const found = brokenLinks(site).map((b) => `${b.page} ${b.href}: ${b.reason}`);
    expect(found.sort()).toEqual(
      [
        "documents/guide.html ../media/notes.md: a raw source or Markdown file, not a page of the site",
        "documents/guide.html missing.html: no such file in the site",
        "documents/guide.html ../documents/: a directory, not a page",
        "documents/guide.html ../index.html#gone: no anchor #gone in index.html",
        "documents/guide.html http://FACTORS.md: a file name turned into a web address (write it as `code` or as a relative link)",
        "documents/guide.html ../../outside.html: points outside the site",
      ].sort(),
    );
  });
});
