import { Decimal } from "decimal.js";
import { toDecimal, type Lang } from "@nrs/core";
import { REFERENCES } from "@nrs/model";
import type { Section } from "./document.js";
import { m, tr } from "./compose-common.js";
import type { IndicatorLine } from "./compose-bilan.js";
import { criterionTotal } from "./compose-footprint.js";
import { countOf } from "./plural.js";
import { formatNumber } from "./format-number.js";
import { num, qty } from "./published-number.js";
import type { BilanReportInput } from "./report-input.js";
import { colon, semicolon } from "./punctuation.js";

// The synthesis, first in every format: what a council member reads if they read nothing else. One list
// (one screen, one printed page): the year's footprint and its change, per agent, the objectives on and
// behind their trajectory, the three largest contributors, the statutory ratios against their
// thresholds, and what changed in the method.

/** The statutory ratios the synthesis states, by indicator code of the catalogue of `@nrs/indicators`. */
const STATUTORY: readonly { readonly code: string; readonly label: { fr: string; en: string }; readonly ref: string }[] = [
  {
    code: "part-achats-reemploi",
    label: { fr: "Achats issus du réemploi (AGEC art. 58)", en: "Purchases from reuse (AGEC art. 58)" },
    ref: REFERENCES.agec58,
  },
  {
    code: "taux-reemploi-reforme",
    label: { fr: "Matériel réformé orienté vers le réemploi (décret 2023-266)", en: "Retired equipment sent to reuse (decree 2023-266)" },
    ref: REFERENCES.decret2023266,
  },
  {
    code: "taux-conformite-rgaa",
    label: { fr: "Conformité RGAA du site principal", en: "RGAA conformity of the main website" },
    ref: REFERENCES.rgaa,
  },
  { code: "score-rgesn-moyen", label: { fr: "Score RGESN moyen", en: "Average RGESN score" }, ref: "RGESN 2024" },
];

const pct = (part: Decimal, whole: Decimal, lang: Lang) => qty(whole.isZero() ? 0 : part.dividedBy(whole).times(100), "%", lang);

function statutoryItem(input: BilanReportInput, line: IndicatorLine, lang: Lang): string | undefined {
  if (!line.valeur) return undefined;
  const value = qty(line.valeur, line.unite, lang);
  const computed = input.resultats?.values.find((v) => v.code === line.code && v.year === line.annee && v.reference);
  if (computed?.reference) {
    const met = computed.reference.met ? tr(lang, "atteint", "met") : tr(lang, "non atteint", "not met");
    return `${value}, ${tr(lang, "seuil", "threshold")} ${qty(computed.reference.value, line.unite, lang)} – ${met}`;
  }
  if (line.code === "taux-conformite-rgaa") {
    const v = line.valeur;
    const state = v.gte(100)
      ? tr(lang, "totalement conforme", "fully compliant")
      : v.gte(50)
        ? tr(lang, "partiellement conforme (50\u00A0% à 100\u00A0%)", "partially compliant (50% to 100%)")
        : tr(lang, "non conforme (moins de 50\u00A0%)", "not compliant (under 50%)");
    return `${value} – ${state}`;
  }
  if (line.code === "score-rgesn-moyen")
    return `${value} – ${tr(lang, "référentiel sans seuil légal", "guideline without a legal threshold")}`;
  return value;
}

/** The synthesis section (`synthese`). */
export function synthesisSection(input: BilanReportInput, lines: readonly IndicatorLine[], lang: Lang): Section {
  const year = input.bilan.annee;
  const items: [string, string][] = [];
  const e = input.empreinte;
  const gwp = e ? criterionTotal(e.total, "gwp") : undefined;
  const change = e?.evolution?.find((c) => c.criterion === "gwp");
  if (gwp) {
    let text = qty(gwp.value, gwp.unit, lang);
    if (change) {
      const prev = toDecimal(change.previous);
      const delta = toDecimal(change.current).minus(prev);
      const share = prev.isZero() ? undefined : delta.dividedBy(prev).times(100);
      text += share
        ? tr(
            lang,
            `, ${formatNumber(share, lang, { maxDecimals: 1, signed: true })}\u00A0% par rapport à ${change.previousYear} (${qty(prev, gwp.unit, lang)})`,
            `, ${formatNumber(share, lang, { maxDecimals: 1, signed: true })}% on ${change.previousYear} (${qty(prev, gwp.unit, lang)})`,
          )
        : "";
    }
    items.push([tr(lang, `Empreinte carbone ${year} du numérique`, `${year} carbon footprint of digital technology`), text]);
  }
  const perAgent = lines.find((l) => l.unite.endsWith("/agent") && l.valeur);
  if (perAgent?.valeur) {
    items.push([
      tr(lang, "Par agent", "Per agent"),
      qty(perAgent.valeur, perAgent.unite, lang) +
        (perAgent.cible
          ? ` (${tr(lang, "cible", "target")} ${perAgent.cible.annee}${colon(lang)}${qty(perAgent.cible.valeur, perAgent.unite, lang)})`
          : ""),
    ]);
  }
  const byCode = new Map(lines.map((l) => [l.code, l]));
  const on: string[] = [];
  const behind: string[] = [];
  for (const o of input.strategie.objectifs) {
    const statuses = o.cibles
      .map((c) => byCode.get(c.indicateur)?.statut)
      .filter((s) => s !== undefined && s !== "SANS_CIBLE" && s !== "SANS_DONNEES");
    if (statuses.length === 0) continue;
    (statuses.includes("EN_RETARD") ? behind : on).push(o.libelle);
  }
  const objective = { fr: ["objectif", "objectifs"], en: ["objective", "objectives"] } as const;
  items.push([
    tr(lang, "Objectifs", "Objectives"),
    `${countOf(on.length, objective, lang)} ${tr(lang, on.length > 1 ? "atteints ou sur la trajectoire" : "atteint ou sur la trajectoire", "reached or on track")}, ${countOf(behind.length, objective, lang)} ${tr(lang, "en retard", "behind")}` +
      (behind.length > 0
        ? `${colon(lang)}${behind.map((b) => (lang === "fr" ? `«\u00A0${b}\u00A0»` : `“${b}”`)).join(semicolon(lang))}`
        : ""),
  ]);
  // The indicators behind their trajectory, named in the same line (one line less on the screen).
  const late = lines.filter((l) => l.statut === "EN_RETARD");
  if (late.length > 0) {
    const last = items[items.length - 1]!;
    last[1] += `. ${tr(lang, "Indicateurs en retard", "Indicators behind")}${colon(lang)}${late.map((l) => l.libelle).join(semicolon(lang))}`;
  }
  const cats = (e?.categories ?? [])
    .map((c) => ({ c, t: criterionTotal(c.impact, "gwp") }))
    .filter((x) => x.t)
    .sort((a, b) => b.t!.value.comparedTo(a.t!.value));
  if (cats.length > 0) {
    const whole = cats.reduce((s, x) => s.plus(x.t!.value), new Decimal(0));
    items.push([
      tr(lang, "Principaux contributeurs", "Largest contributors"),
      cats
        .slice(0, 3)
        .map((x) => `${m(x.c.libelle, lang)} ${pct(x.t!.value, whole, lang)}`)
        .join(semicolon(lang)),
    ]);
  }
  for (const s of STATUTORY) {
    const line = byCode.get(s.code);
    const text = line ? statutoryItem(input, line, lang) : undefined;
    if (text) items.push([s.label[lang], text]);
  }
  const packs = [...new Set((input.facteurs ?? []).map((f) => `${f.pack} ${f.packVersion}`))].sort();
  if (packs.length > 0 || change) {
    const effect = change ? toDecimal(change.factorEffect) : undefined;
    items.push([
      tr(lang, "Méthode", "Method"),
      (packs.length > 0 ? tr(lang, "jeux de facteurs ", "factor packs ") + packs.join(", ") : "") +
        (effect && gwp
          ? (packs.length > 0 ? semicolon(lang) : "") +
            (effect.isZero()
              ? tr(lang, "facteurs inchangés depuis l'an dernier (effet nul)", "factors unchanged since last year (no effect)")
              : tr(
                  lang,
                  `effet du changement de facteurs sur l'évolution${colon(lang)}`,
                  `effect of the factor change on the evolution: `,
                ) +
                (effect.isPositive() ? "+" : "") +
                num(effect, lang) +
                "\u00A0" +
                gwp.unit)
          : ""),
    ]);
  }
  return { id: "synthese", title: tr(lang, `Synthèse ${year}`, `${year} summary`), blocks: [{ kind: "dl", items }] };
}
