import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, SafeHtml } from "../src/index.js";

type Node = { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };

describe("html", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("replaces characters HTML forbids (NUL, controls, lone surrogates) with U+FFFD", () => {
    expect(escapeHtml("a\u0000b\u0007c\uD800d\uDFFFe")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    expect(escapeHtml("😀\t\n")).toBe("😀\t\n");
  });

  it("keeps SafeHtml, joins arrays and drops null/undefined/false", () => {
    const inner = html`<b>${"x&y"}</b>`;
    expect(html`<p>${inner}${[1, "<", null, undefined, false]}</p>`.value).toBe("<p><b>x&amp;y</b>1&lt;</p>");
    expect(html`x` instanceof SafeHtml).toBe(true);
  });

  it("property: any string interpolated as text or attribute comes back intact from an HTML5 parser", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const expected = s.replace(
          // eslint-disable-next-line no-control-regex -- the characters HTML forbids, control characters among them
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          "\uFFFD",
        );
        const frag = parseFragment(html`<p title="${s}">${s}</p>`.value) as unknown as Node;
        const nodes = frag.childNodes ?? [];
        expect(nodes).toHaveLength(1);
        const p = nodes[0]!;
        expect(p.nodeName).toBe("p");
        // The HTML parser's input stream turns CR and CRLF into LF, in text and attributes alike;
        // nothing else may change.
        const normalised = expected.replace(/\r\n?/g, "\n");
        // A text holding bidi controls comes back isolated (FSI … PDI, openers closed, stray closers
        // dropped: see the next test); apart from those controls, nothing may change.
        const bidi = /[\u202A-\u202E\u2066-\u2069]/g;
        const isolated = bidi.test(s);
        const seen = (v: string) => (isolated ? v.replace(bidi, "") : v);
        const attrs = (p.attrs ?? []).map((a) => ({ name: a.name, value: seen(a.value) }));
        expect(attrs).toEqual([{ name: "title", value: seen(normalised) }]);
        const text = (p.childNodes ?? []).map((n) => n.value ?? "").join("");
        expect(seen(text)).toBe(seen(normalised));
        if (isolated) {
          expect(text.startsWith("\u2068") && text.endsWith("\u2069")).toBe(true);
          expect(p.attrs?.[0]?.value.startsWith("\u2068")).toBe(true);
        }
        expect((p.childNodes ?? []).every((n) => n.nodeName === "#text")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("escapeHtml and bidi controls", () => {
  it("isolates a text holding a right-to-left override, closing what it opens, and leaves other text alone", async () => {
    const { escapeHtml } = await import("../src/html.js");
    expect(escapeHtml("Ville \u202Eenuob")).toBe("\u2068Ville \u202Eenuob\u202C\u2069");
    expect(escapeHtml("a\u2067b")).toBe("\u2068a\u2067b\u2069\u2069");
    // A stray closer cannot close the isolate around it.
    expect(escapeHtml("x\u2069\u202Cy")).toBe("\u2068xy\u2069");
    expect(escapeHtml("Mairie de Montréal – عربي")).toBe("Mairie de Montréal – عربي");
  });
});
