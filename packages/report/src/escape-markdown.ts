/**
 * Escapes text for CommonMark/GFM so that data can never become markup: `<`, `>` and `&` become
 * entities (no raw HTML), link brackets, emphasis, code and table characters are backslash-escaped (without `[` no link or image can open, so parentheses stay as they are), a line
 * start that would open a heading, quote, list or setext underline is escaped, line breaks become
 * spaces (a value stays inside its paragraph or table cell), and bare URLs and e-mail addresses are
 * broken for GFM's autolinks (`https\://`, `www\.`, `\@`: they read the same but link nowhere).
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from "@nrs/report";
 * console.log(escapeMarkdown("[x](javascript:alert(1)) <b>")); // \[x\](javascript:alert(1)) &lt;b&gt;
 * ```
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[\\`*_[\]|~]/g, (c) => "\\" + c)
      .replace(/([\p{L}\p{N}.+-])@/gu, "$1\\@")
      // Any "://" (not only after a scheme name, which a backtracking pattern would rescan on long words).
      .replace(/:\/\//g, "\\://")
      .replace(/\bwww\./gi, (w) => w.slice(0, 3) + "\\.")
      .replace(/^(\s*)([#+=-]|\d+[.)])/, (_, s: string, m: string) => s + m.slice(0, -1) + "\\" + m.slice(-1))
  );
}
