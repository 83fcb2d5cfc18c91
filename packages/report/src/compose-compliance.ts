import type { Lang, Message, Problem } from "@nrs/core";
import type { Block, Section } from "./document.js";
import { m, tr } from "./compose-common.js";
import { semicolon } from "./punctuation.js";

/** A document the compliance checks could not read, and why (shown as « non vérifiée »). */
export interface UnreadDocument {
  /** What the document is (« la stratégie », `strategie.json`). */
  readonly document: string;
  readonly raison: Message | string;
}

/**
 * The compliance findings. A document the checks could not read is named with the reason: the section
 * then says « non vérifiée », never « aucun constat », which would read as compliant.
 */
export function findingsSection(constats: readonly Problem[] | undefined, lang: Lang, unread: readonly UnreadDocument[] = []): Section {
  const list = constats ?? [];
  const sev = {
    error: tr(lang, "Non-conformité", "Non-compliance"),
    warning: tr(lang, "Point d'attention", "Warning"),
    info: tr(lang, "Information", "Information"),
  };
  return {
    id: "conformite",
    title: tr(lang, "Constats de conformité", "Compliance findings"),
    blocks: [
      ...(unread.length > 0
        ? [
            {
              kind: "p",
              text:
                tr(
                  lang,
                  "Conformité non vérifiée pour une partie des documents, qui n'ont pas pu être lus : ",
                  "Compliance not verified for some documents, which could not be read: ",
                ) +
                unread.map((u) => `${u.document} (${m(u.raison, lang)})`).join(semicolon(lang)) +
                ".",
            } satisfies Block,
          ]
        : []),
      ...(list.length === 0
        ? [
            {
              kind: "p",
              text:
                unread.length > 0
                  ? tr(lang, "Aucun constat sur les documents lus.", "No finding on the documents read.")
                  : tr(lang, "Aucun constat.", "No finding."),
            } satisfies Block,
          ]
        : [
            {
              kind: "table",
              caption: tr(lang, "Constats de conformité", "Compliance findings"),
              columns: [
                { label: tr(lang, "Constat", "Finding") },
                { label: tr(lang, "Gravité", "Severity") },
                { label: tr(lang, "Code", "Code") },
                { label: tr(lang, "Référence", "Reference") },
              ],
              rows: list.map((p) => ({ header: p.message[lang], cells: [sev[p.severity], p.code, p.ref ?? "—"] })),
            } satisfies Block,
          ]),
    ],
  };
}
