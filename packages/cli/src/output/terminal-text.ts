// C0 controls but tab and line feed (ESC opens terminal escape sequences, CR rewrites a line, BEL
// rings), DEL, C1 controls (CSI U+009B opens sequences too) and bidi embeddings, overrides and
// isolates (which reorder what the terminal shows, "Trojan Source").
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text as it may reach a terminal: every character that could drive the terminal (escape sequences,
 * carriage return, bell) or reorder the line becomes U+FFFD, visible and inert. Tab and line feed stay.
 *
 * @example
 * ```ts
 * import { terminalText } from "@nrs/cli";
 * console.log(JSON.stringify(terminalText("Ville\u001b]0;pwned\u0007\u001b[2J"))); // "Ville�]0;pwned��[2J"
 * ```
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, "\uFFFD");
}
