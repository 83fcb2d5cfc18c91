/**
 * A fragment of HTML that is known to be safe: built only by {@link html} (which escapes every
 * interpolated value) or by this package's own renderers. Data never becomes `SafeHtml` unescaped.
 *
 * @example
 * ```ts
 * import { html, SafeHtml } from "@nrs/report";
 * const f = html`<p>${"a < b"}</p>`;
 * if (!(f instanceof SafeHtml) || f.value !== "<p>a &lt; b</p>") throw new Error("unexpected");
 * ```
 */
export class SafeHtml {
  /** The markup. */
  readonly value: string;
  /** @internal Use {@link html}; the constructor exists for the package's renderers. */
  constructor(value: string) {
    this.value = value;
  }
  /**
   * The markup as a string.
   *
   * @example
   * ```ts
   * import { html } from "@nrs/report";
   * console.log(String(html`<b>${1}</b>`)); // <b>1</b>
   * ```
   */
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated into {@link html}: text is escaped, `SafeHtml` is kept, arrays are joined. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

// C0 controls other than tab/LF/CR, DEL, C1 controls, lone surrogates and U+FFFE/U+FFFF are not allowed
// in HTML text; the browser would show them as garbage or the XML-ish SVG parser would stop.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching these control characters is the point of this pattern
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for HTML element content and for quoted attribute values: `& < > " '` become entities,
 * and characters HTML forbids (NUL, other control characters, lone surrogates) become U+FFFD, so no
 * data string can open a tag, close an attribute or break the parser.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@nrs/report";
 * console.log(escapeHtml(`<img src=x onerror="alert(1)">`)); // &lt;img src=x onerror=&quot;alert(1)&quot;&gt;
 * ```
 */
export function escapeHtml(text: string): string {
  return isolateBidi(text)
    .replace(FORBIDDEN, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// Explicit bidi embeddings (LRE RLE), overrides (LRO RLO), their end (PDF), isolates (LRI RLI FSI) and their end (PDI).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A text holding explicit bidi controls (U+202E RIGHT-TO-LEFT OVERRIDE, say) is wrapped in a
 * first-strong isolate (U+2068 … U+2069) with every embedding, override and isolate it opens closed, so
 * it can reorder nothing outside itself: not the rest of a sentence, a table row or the `<title>` (where
 * no `<bdi>` element is allowed, which is why this is done in text). Other text is unchanged.
 */
function isolateBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  let embeddings = 0;
  let isolates = 0;
  let kept = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 0x202a && code <= 0x202e && code !== 0x202c) embeddings++;
    else if (code === 0x202c) {
      if (embeddings === 0) continue;
      embeddings--;
    } else if (code >= 0x2066 && code <= 0x2068) isolates++;
    else if (code === 0x2069) {
      if (isolates === 0) continue;
      isolates--;
    }
    kept += c;
  }
  return `\u2068${kept}${"\u202C".repeat(embeddings)}${"\u2069".repeat(isolates)}\u2069`;
}

function renderValue(v: HtmlValue): string {
  if (v instanceof SafeHtml) return v.value;
  if (v === null || v === undefined || v === false) return "";
  if (Array.isArray(v)) return (v as readonly HtmlValue[]).map(renderValue).join("");
  return escapeHtml(String(v));
}

/**
 * Tagged template that builds {@link SafeHtml}: the literal parts are trusted markup written in this
 * package, every interpolated value is escaped (unless it is already `SafeHtml`), arrays are joined,
 * and `null`, `undefined` and `false` give nothing. Values are meant for element content and for
 * double-quoted attribute values, never for tag names, unquoted attributes, URLs, `style` or event
 * handlers (the renderers never put data there).
 *
 * @example
 * ```ts
 * import { html } from "@nrs/report";
 * const name = `"><script>alert(1)</script>`;
 * const out = html`<p title="${name}">${name}</p>`.value;
 * if (out.includes("<script>")) throw new Error("not escaped");
 * console.log(out);
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += renderValue(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}
