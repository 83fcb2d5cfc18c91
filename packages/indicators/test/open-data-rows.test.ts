import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { computeIndicators, toOpenDataRows } from "@nrs/indicators";

describe("toOpenDataRows", () => {
  it("gives the fields of impact-service-public-numerique, measured and target rows", () => {
    const r = computeIndicators(
      {
        events: [
          { entity: "26901", date: "2024-03-01", type: "ATELIER", audience: "HABITANTS", participants: 40, estimated: false, line: 2 },
        ],
        openData: [{ entity: "26901", dataset: "a", published: true, schema: "scdl/budget", line: 2 }],
      },
      { year: 2024, entity: "26901" },
    );
    const rows = toOpenDataRows(r.values, {
      administration: "Fictive-sur-Val",
      targets: { "personnes-sensibilisees": { baseline: { year: 2023, value: 600 }, targets: [{ year: 2027, value: 3000 }] } },
    });
    const people = rows.find((x) => x.indicateur === "Habitants touchés par les actions de sensibilisation" && !x.est_cible);
    expect(people).toEqual({
      administration_rattachement: "Fictive-sur-Val",
      nom_service_public_numerique: "Stratégie numérique responsable",
      indicateur: "Habitants touchés par les actions de sensibilisation",
      valeur: new Decimal(40),
      unite_mesure: "unité",
      est_cible: false,
      type_indicateur: "impact",
      frequence_monitoring: "annuelle",
      date: "2024-12-31",
      est_periode: true,
      date_debut: "2024-01-01",
      est_automatise: true,
      source_collecte: "evenements (1) — @nrs/indicators",
      denom_insee: "COM",
      code_insee: "26901",
      dataviz_wish: "linechart",
      commentaires: "code: personnes-sensibilisees; Σ participants habitants = 40; qualité: MESUREE",
    });
    const stock = rows.find((x) => x.unite_mesure === "%");
    expect([stock?.est_periode, stock?.date_debut]).toEqual([false, undefined]);
    const target = rows.find((x) => x.est_cible);
    expect([target?.valeur.toString(), target?.date, target?.est_automatise]).toEqual(["3000", "2027-12-31", false]);
    const keys = [
      "administration_rattachement",
      "nom_service_public_numerique",
      "indicateur",
      "valeur",
      "unite_mesure",
      "est_cible",
      "type_indicateur",
      "frequence_monitoring",
      "date",
      "est_periode",
      "date_debut",
      "est_automatise",
      "source_collecte",
      "denom_insee",
      "code_insee",
      "dataviz_wish",
      "commentaires",
    ];
    for (const row of rows) for (const k of Object.keys(row)) expect(keys).toContain(k);
  });

  it("publishes rounded values and targets, keeps the computed values exact, and can publish them exact", () => {
    const r = computeIndicators(
      {
        openData: [
          { dataset: "a", published: true, schema: "scdl/budget" },
          { dataset: "b", published: true },
          { dataset: "c", published: true },
        ],
      },
      { year: 2024 },
    );
    const targets = { "part-donnees-schema": { baseline: { year: 2023, value: 25 }, targets: [{ year: 2027, value: "70.125" }] } };
    const exact = r.values.find((v) => v.code === "part-donnees-schema")!.value;
    expect(exact.toString()).toBe("33.33333333333333333333333333333333");
    const rows = toOpenDataRows(r.values, { administration: "CA", targets });
    expect(rows.map((x) => [x.est_cible, x.valeur.toString()])).toEqual([
      [false, "33.33"],
      [true, "70.13"],
    ]);
    // The rows are derived: the indicator value itself is not rounded.
    expect(r.values.find((v) => v.code === "part-donnees-schema")!.value.toString()).toBe(exact.toString());
    const kept = toOpenDataRows(r.values, { administration: "CA", targets, exact: true });
    expect(kept.map((x) => x.valeur.toString())).toEqual([exact.toString(), "70.125"]);
    const one = toOpenDataRows(r.values, { administration: "CA", targets, decimals: 1 });
    expect(one.map((x) => x.valeur.toString())).toEqual(["33.3", "70.1"]);
  });
});
