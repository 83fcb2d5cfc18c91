import type { Lang } from "@nrs/core";
import { REFERENCES, TYPES_COLLECTIVITE, TYPES_POPULATION } from "@nrs/model";
import type { Adoption, Collectivite, ProgrammeDeTravail, Strategie } from "@nrs/model";
import { m, tr } from "./compose-common.js";
import type { Section } from "./document.js";
import { formatDate } from "./format-date.js";
import { num } from "./published-number.js";

// The section both reports open with: the collectivité, whether the law applies to it, and its deadlines.

const PROGRAMME_DUE = "2023-01-01";
const STRATEGIE_DUE = "2025-01-01";

function adoptionState(adoption: Adoption | undefined, due: string, lang: Lang, feminine: boolean): string {
  const e = feminine ? "e" : "";
  if (!adoption) return tr(lang, "Adoption non renseignée", "Adoption not recorded");
  const on = formatDate(adoption.date, lang);
  // « au plus tard le 1er janvier » : the due day itself is still on time.
  return adoption.date <= due
    ? tr(lang, `Adopté${e} le ${on}, dans le délai`, `Adopted on ${on}, on time`)
    : tr(lang, `Adopté${e} le ${on}, après l'échéance`, `Adopted on ${on}, after the deadline`);
}

export function collectiviteSection(
  c: Collectivite,
  programme: ProgrammeDeTravail | undefined,
  strategie: Strategie,
  lang: Lang,
  bilanRow?: readonly string[],
): Section {
  const pop = c.population;
  const subject = pop.valeur > 50000;
  const items: [string, string][] = [
    [tr(lang, "Nom", "Name"), c.nom],
    [tr(lang, "Type", "Type"), m(TYPES_COLLECTIVITE[c.type], lang)],
    ["SIREN", c.siren],
    [
      tr(lang, "Population", "Population"),
      `${num(pop.valeur, lang)} (${m(TYPES_POPULATION[pop.type], lang).toLowerCase()}, ${pop.millesime})`,
    ],
  ];
  if (c.communesMembres && c.communesMembres.length > 0)
    items.push([tr(lang, "Communes membres", "Member communes"), num(c.communesMembres.length, lang)]);
  const rows = [
    {
      header: tr(lang, "Programme de travail", "Programme de travail (work programme)"),
      cells: [formatDate(PROGRAMME_DUE, lang), adoptionState(programme?.adoption, PROGRAMME_DUE, lang, false), REFERENCES.loiReen],
    },
    {
      header: tr(lang, "Stratégie numérique responsable", "Responsible digital strategy"),
      cells: [
        formatDate(STRATEGIE_DUE, lang),
        adoptionState(strategie.adoption, STRATEGIE_DUE, lang, true),
        REFERENCES.loiReen + "\u00A0; " + REFERENCES.decretSnr,
      ],
    },
  ];
  if (bilanRow) rows.push({ header: tr(lang, "Bilan annuel", "Annual review"), cells: [...bilanRow, REFERENCES.rapportDd] });
  return {
    id: "collectivite",
    title: tr(lang, "La collectivité et ses obligations", "The local authority and its obligations"),
    blocks: [
      { kind: "dl", items },
      {
        kind: "p",
        text: subject
          ? tr(
              lang,
              `Avec plus de 50 000 habitants, la collectivité doit adopter une stratégie numérique responsable et en présenter le bilan chaque année dans son rapport sur la situation en matière de développement durable (${REFERENCES.loiReen}).`,
              `With more than 50,000 inhabitants, the authority must adopt a responsible digital strategy and review it every year in its sustainable development report (${REFERENCES.loiReen}).`,
            )
          : tr(
              lang,
              `Avec 50 000 habitants ou moins, la collectivité n'est pas soumise à l'obligation (${REFERENCES.loiReen})\u00A0; sa démarche est volontaire.`,
              `With 50,000 inhabitants or fewer, the authority is not subject to the obligation (${REFERENCES.loiReen}); its approach is voluntary.`,
            ),
      },
      {
        kind: "table",
        caption: tr(lang, "Obligations et échéances", "Obligations and deadlines"),
        columns: [
          { label: tr(lang, "Obligation", "Obligation") },
          { label: tr(lang, "Échéance", "Deadline") },
          { label: tr(lang, "Situation", "Status") },
          { label: tr(lang, "Référence", "Reference") },
        ],
        rows,
      },
    ],
  };
}
