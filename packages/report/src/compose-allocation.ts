import { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput, type Lang, type Message } from "@nrs/core";
import type { Section } from "./document.js";
import { m, tr } from "./compose-common.js";
import { num } from "./published-number.js";

/**
 * How a shared service's footprint was split between the entities sharing it, for the bilan: the
 * service, its key (a sentence), its total and each entity's key and part (parts adding up to the total).
 *
 * @example
 * ```ts
 * import type { SharedFootprintSplit } from "@nrs/report";
 * const s: SharedFootprintSplit = { service: "DSI mutualisée", cle: { fr: "selon des parts fixées", en: "by set shares" }, unit: "kgCO2e", total: "2712",
 *   parts: [{ entite: "Ville", cle: "0.25", part: "678" }, { entite: "Agglomération", cle: "0.75", part: "2034" }] };
 * console.log(s.parts.length); // 2
 * ```
 */
export interface SharedFootprintSplit {
  /** Name of the shared service. */
  readonly service: string;
  /** How it is split, as a phrase (« au prorata des agents (ETP) »). */
  readonly cle: Message;
  /** Unit of `total` and of the parts (kgCO2e). */
  readonly unit: string;
  /** The service's figure before the split. */
  readonly total: DecimalInput;
  /** Each entity's key and part. */
  readonly parts: readonly { readonly entite: string; readonly cle: DecimalInput; readonly part: DecimalInput }[];
}

/** The sub-section of the footprint that says how each shared figure was split. */
export function allocationSection(splits: readonly SharedFootprintSplit[], lang: Lang): Section {
  return {
    id: "services-partages",
    title: tr(lang, "Services partagés", "Shared services"),
    blocks: [
      {
        kind: "p",
        text: tr(
          lang,
          "Le changement climatique d'un service partagé est réparti entre les entités qui le partagent selon sa clé\u00A0: part = total × clé / Σ clés, la dernière entité recevant le reste, de sorte que les parts font le total exactement.",
          "The climate change of a shared service is split between the entities sharing it by its key: part = total × key / Σ keys, the last entity taking the remainder, so that the parts add up to the total exactly.",
        ),
      },
      ...splits.map((s) => {
        const sum = s.parts.reduce((t, p) => t.plus(toDecimal(p.cle)), new Decimal(0));
        return {
          kind: "table" as const,
          caption: tr(
            lang,
            `${s.service}\u00A0: ${num(s.total, lang)} ${s.unit} répartis ${m(s.cle, lang)}`,
            `${s.service}: ${num(s.total, lang)} ${s.unit} split ${m(s.cle, lang)}`,
          ),
          columns: [
            { label: tr(lang, "Entité", "Entity") },
            { label: tr(lang, "Clé", "Key"), numeric: true },
            { label: tr(lang, "Part (%)", "Share (%)"), numeric: true },
            { label: s.unit, numeric: true },
          ],
          rows: s.parts.map((p) => ({
            header: p.entite,
            cells: [num(p.cle, lang), sum.isZero() ? "—" : num(toDecimal(p.cle).div(sum).times(100), lang), num(p.part, lang)],
          })),
        };
      }),
    ],
  };
}
