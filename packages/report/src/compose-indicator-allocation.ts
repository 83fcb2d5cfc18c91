import type { DecimalInput, Lang, Message } from "@nrs/core";
import type { Block } from "./document.js";
import { m, tr } from "./compose-common.js";
import { num } from "./published-number.js";

/**
 * How a shared service's indicators were split between the entities sharing it, for the bilan: the
 * service, its key (a phrase), each entity's key, and per additive indicator the service's figure and
 * each entity's part, in the order of `entites` (the parts of a line add up to its total exactly).
 *
 * @example
 * ```ts
 * import type { SharedIndicatorSplit } from "@nrs/report";
 * const s: SharedIndicatorSplit = {
 *   service: "DSI mutualisée", cle: { fr: "selon des parts fixées", en: "by set shares" },
 *   entites: [{ nom: "Agglomération", cle: "0.75" }, { nom: "Ville", cle: "0.25" }],
 *   lignes: [{ indicateur: "Empreinte carbone", unite: "kgCO2e", total: "2712", parts: ["2034", "678"] }],
 * };
 * console.log(s.lignes[0]?.parts.length); // 2
 * ```
 */
export interface SharedIndicatorSplit {
  /** Name of the shared service. */
  readonly service: string;
  /** How it is split, as a phrase (« au prorata des agents (ETP) »). */
  readonly cle: Message;
  /** The entities sharing it, with their key. */
  readonly entites: readonly { readonly nom: string; readonly cle: DecimalInput }[];
  /** One line per additive indicator of the service: its figure and each entity's part (same order as `entites`). */
  readonly lignes: readonly {
    readonly indicateur: Message | string;
    readonly unite: string;
    readonly total: DecimalInput;
    readonly parts: readonly (DecimalInput | undefined)[];
  }[];
}

/** The blocks of the indicators section that say how each shared service's indicators were split. */
export function indicatorAllocationBlocks(splits: readonly SharedIndicatorSplit[], lang: Lang): Block[] {
  const shown = splits.filter((s) => s.lignes.length > 0);
  if (shown.length === 0) return [];
  return [
    {
      kind: "p",
      text: tr(
        lang,
        "Les indicateurs des services partagés sont répartis entre les entités qui les partagent selon leur clé\u00A0: part = valeur du service × clé / Σ clés, la dernière entité recevant le reste, de sorte que les parts font la valeur du service exactement. Chaque entité compte sa part avec ses propres valeurs\u00A0; les ratios (par agent, taux) sont recalculés sur les numérateurs et dénominateurs ainsi répartis.",
        "The indicators of shared services are split between the entities sharing them by their key: part = the service's value × key / Σ keys, the last entity taking the remainder, so that the parts add up to the service's value exactly. Each entity counts its part with its own values; ratios (per agent, rates) are recomputed on the numerators and denominators split alike.",
      ),
    },
    ...shown.map((s): Block => ({
      kind: "table",
      caption: tr(
        lang,
        `${s.service}\u00A0: indicateurs répartis ${m(s.cle, lang)} (${s.entites.map((e) => `${e.nom} ${num(e.cle, lang)}`).join(" ; ")})`,
        `${s.service}: indicators split ${m(s.cle, lang)} (${s.entites.map((e) => `${e.nom} ${num(e.cle, lang)}`).join("; ")})`,
      ),
      columns: [
        { label: tr(lang, "Indicateur", "Indicator") },
        { label: tr(lang, "Service", "Service"), numeric: true },
        ...s.entites.map((e) => ({ label: e.nom, numeric: true })),
      ],
      rows: s.lignes.map((l) => ({
        header: `${typeof l.indicateur === "string" ? l.indicateur : m(l.indicateur, lang)} (${l.unite})`,
        cells: [num(l.total, lang), ...l.parts.map((p) => (p === undefined ? "—" : num(p, lang)))],
      })),
    })),
  ];
}
