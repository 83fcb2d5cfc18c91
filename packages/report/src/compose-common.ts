import { toDecimal, type DecimalInput, type Lang, type Message } from "@nrs/core";
import { AXE_CODES, AXE_LABELS, NATURES_ACTEUR, TEMPORALITES, REFERENCES } from "@nrs/model";
import type { AxeCode, Indicateur, ProgrammeDeTravail, Strategie, BilanProgramme } from "@nrs/model";
import type { Block, Section } from "./document.js";
import { formatDate } from "./format-date.js";
import { formatNumber, formatQuantity } from "./format-number.js";
import { num, qty } from "./published-number.js";
import { colon, semicolon } from "./punctuation.js";
import { countOf } from "./plural.js";

// Building blocks shared by the bilan and the strategy: the sections the law asks for in both.

export const tr = (lang: Lang, fr: string, en: string): string => (lang === "fr" ? fr : en);
export const m = (message: Message | string, lang: Lang): string => (typeof message === "string" ? message : message[lang]);
export const libelle = (l: { fr: string; en?: string | undefined }, lang: Lang): string => (lang === "en" ? (l.en ?? l.fr) : l.fr);
/** The exact value, every decimal kept (factors are cited as the pack writes them). */
export const exact = (v: DecimalInput, lang: Lang): string => formatNumber(v, lang, { maxDecimals: 40 });
export const euros = (v: DecimalInput, lang: Lang): string => formatQuantity(toDecimal(v), "€", lang, { maxDecimals: 0 });

function bilanProgramme(id: string, title: string, b: BilanProgramme | undefined, lang: Lang): Section {
  if (!b) return { id, title, blocks: [{ kind: "p", text: tr(lang, "Non renseigné.", "Not provided.") }] };
  const blocks: Block[] = [{ kind: "p", text: b.synthese }];
  if (b.chiffresCles && b.chiffresCles.length > 0) {
    blocks.push({
      kind: "ul",
      items: b.chiffresCles.map(
        (c) =>
          `${c.libelle}${c.annee ? ` (${c.annee})` : ""}${colon(lang)}${qty(c.valeur, c.unite, lang)}${c.source ? ` – source${colon(lang)}${c.source}` : ""}`,
      ),
    });
  }
  if (b.methode) blocks.push({ kind: "p", text: tr(lang, "Méthode\u00A0: ", "Method: ") + b.methode });
  return { id, title, blocks };
}

export function programmeSection(p: ProgrammeDeTravail | undefined, lang: Lang): Section {
  const title = tr(lang, "Le programme de travail", "The work programme");
  if (!p)
    return {
      id: "programme",
      title,
      blocks: [{ kind: "p", text: tr(lang, "Programme de travail non fourni.", "Work programme not provided.") }],
    };
  const adoption = p.adoption
    ? tr(lang, `Adopté le ${formatDate(p.adoption.date, lang)}`, `Adopted on ${formatDate(p.adoption.date, lang)}`) +
      (p.adoption.deliberation ? ` (${p.adoption.deliberation})` : "") +
      "."
    : tr(lang, "Date d'adoption non renseignée.", "Adoption date not recorded.");
  const bi = tr(lang, "Bilan de l'impact environnemental du numérique", "Environmental impact of digital technology");
  const bu = tr(lang, "Bilan des usages du numérique", "Uses of digital technology");
  return {
    id: "programme",
    title,
    blocks: [
      { kind: "p", text: adoption },
      // A list, not a table: one element per stakeholder keeps the bilan's EcoIndex at A.
      { kind: "p", text: tr(lang, "Acteurs concernés\u00A0:", "Stakeholders:") },
      { kind: "ul", items: p.acteurs.map((a) => `${a.nom} (${m(NATURES_ACTEUR[a.nature], lang).toLowerCase()})${colon(lang)}${a.role}`) },
    ],
    sections: [
      bilanProgramme("programme-impact", bi, p.bilanImpactEnvironnemental, lang),
      bilanProgramme("programme-usages", bu, p.bilanUsages, lang),
      {
        id: "programme-actions",
        title: tr(lang, "Actions déjà engagées", "Actions already undertaken"),
        blocks: [
          p.syntheseActionsEngagees.length > 0
            ? {
                kind: "ul",
                items: p.syntheseActionsEngagees.map(
                  (a) =>
                    a.libelle +
                    (a.annee ? ` (${a.annee})` : "") +
                    (a.axe ? ` – ${axisLabel(a.axe, lang)}` : "") +
                    (a.description ? `${colon(lang)}${a.description}` : ""),
                ),
              }
            : { kind: "p", text: tr(lang, "Aucune action recensée.", "No action recorded.") },
        ],
      },
    ],
  };
}

export function indicatorLabel(i: Indicateur | undefined, code: string, lang: Lang): string {
  return i ? libelle(i.libelle, lang) : code;
}

/** The line of one objective: its wording, its time frame and due date, and its targets. */
export function objectiveText(o: Strategie["objectifs"][number], byCode: ReadonlyMap<string, Indicateur>, lang: Lang): string {
  const cibles = o.cibles.map((c) => {
    const i = byCode.get(c.indicateur);
    const u = i?.unite ?? "";
    return `${indicatorLabel(i, c.indicateur, lang)}${colon(lang)}${qty(c.valeurReference, u, lang)} (${c.anneeReference}) → ${qty(c.valeurCible, u, lang)} (${c.anneeCible})`;
  });
  return (
    `${o.libelle} – ${m(TEMPORALITES[o.temporalite], lang).toLowerCase()}` +
    (o.echeance ? `, ${tr(lang, "échéance", "due")} ${formatDate(o.echeance, lang)}` : "") +
    (cibles.length ? `. ${tr(lang, "Cibles", "Targets")}${colon(lang)}${cibles.join(semicolon(lang))}` : "")
  );
}

/** The short label of an axis (`AXE_LABELS`, not the decree's wording); an unknown code throws as `axe` does. */
export function axisLabel(code: AxeCode, lang: Lang): string {
  if (!Object.hasOwn(AXE_LABELS, code)) throw new TypeError(`Unknown axis code: ${String(code)}`);
  return m(AXE_LABELS[code].libelleCourt, lang);
}

/** The title of an axis: its number in the decree (none for the free axis) and its short label. */
export function axisTitle(code: AxeCode, lang: Lang): string {
  const label = axisLabel(code, lang);
  const n = AXE_LABELS[code].numero;
  return (n ? `${n}. ` : "") + label;
}

/** The axes that have at least one objective, in the decree's order. */
export const axesUsed = (s: Strategie): AxeCode[] => AXE_CODES.filter((code) => s.objectifs.some((o) => o.axe === code));

/**
 * The strategy: means and objectives. The strategy document passes `detail` (the objectives by axis
 * and the indicator and measure tables, `strategyDetailSections`), so that the bilan, which lists the
 * objectives in one list to keep its DOM small, does not bundle them.
 */
export function strategySection(s: Strategie, lang: Lang, detail?: (s: Strategie, lang: Lang) => Section[]): Section {
  const items: [string, string][] = [
    [tr(lang, "Version", "Version"), s.version],
    [tr(lang, "Période", "Period"), `${s.periode.debut}–${s.periode.fin}`],
    [
      tr(lang, "Adoption", "Adoption"),
      s.adoption
        ? formatDate(s.adoption.date, lang) + (s.adoption.deliberation ? ` (${s.adoption.deliberation})` : "")
        : tr(lang, "non renseignée", "not recorded"),
    ],
  ];
  const mo = s.moyens;
  if (mo?.budgetEuros) items.push([tr(lang, "Budget", "Budget"), euros(mo.budgetEuros, lang)]);
  if (mo?.etp) items.push([tr(lang, "Équivalents temps plein", "Full-time equivalents"), num(mo.etp, lang)]);
  if (mo?.autres && mo.autres.length > 0) items.push([tr(lang, "Autres moyens", "Other means"), mo.autres.join(semicolon(lang))]);
  if (mo?.description) items.push([tr(lang, "Moyens", "Means"), mo.description]);
  let sections: Section[];
  if (detail) sections = detail(s, lang);
  else {
    const byCode = new Map(s.indicateurs.map((i) => [i.code, i]));
    const used = axesUsed(s);
    sections =
      used.length === 0
        ? []
        : [
            {
              id: "objectifs",
              title: tr(lang, "Objectifs par axe", "Objectives by axis"),
              blocks: [
                {
                  kind: "ul",
                  items: used.flatMap((code) =>
                    s.objectifs.filter((o) => o.axe === code).map((o) => `${axisTitle(code, lang)} – ${objectiveText(o, byCode, lang)}`),
                  ),
                },
              ],
            },
          ];
  }
  const blocks: Block[] = [
    {
      kind: "p",
      text: tr(
        lang,
        `La stratégie fixe ${countOf(s.objectifs.length, { fr: ["objectif", "objectifs"], en: ["", ""] }, lang)}, ${s.objectifs.length > 1 ? "suivis" : "suivi"} par ${countOf(s.indicateurs.length, { fr: ["indicateur", "indicateurs"], en: ["", ""] }, lang)}, et ${countOf(s.mesures.length, { fr: ["mesure", "mesures"], en: ["", ""] }, lang)} pour les atteindre (${REFERENCES.decretSnr}).`,
        `The strategy sets ${countOf(s.objectifs.length, { fr: ["", ""], en: ["objective", "objectives"] }, lang)}, followed by ${countOf(s.indicateurs.length, { fr: ["", ""], en: ["indicator", "indicators"] }, lang)}, and ${countOf(s.mesures.length, { fr: ["", ""], en: ["measure", "measures"] }, lang)} to reach them (${REFERENCES.decretSnr}).`,
      ),
    },
    { kind: "dl", items },
  ];
  return { id: "strategie", title: tr(lang, "La stratégie", "The strategy"), blocks, sections };
}
