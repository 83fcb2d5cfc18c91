import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { computeInventoryFootprint, defaultFactorPack, lookupFactor, resolveInventoryType } from "../src/index.js";

// Results that went through a division are given to 34 significant digits, rounded half-even (result-builder.ts).
const D = (x: string) => new (Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN }))(x);

describe("the whole estate's device types", () => {
  it("reads the common French and English names, plural or singular", () => {
    const cases: [string, string][] = [
      ["Unité centrale", "ordinateur_fixe"],
      ["Moniteurs", "ecran"],
      ["Point d'accès Wi-Fi", "borne_wifi"],
      ["Bornes Wi-Fi", "borne_wifi"],
      ["Switchs", "switch"],
      ["Commutateur", "switch"],
      ["Pare-feux", "pare_feu"],
      ["Firewall", "pare_feu"],
      ["Routeur", "routeur"],
      ["TBI", "ecran_interactif"],
      ["Écran numérique interactif", "ecran_interactif"],
      ["Caméra de vidéoprotection", "camera_ip"],
      ["Capteurs connectés", "capteur_iot"],
      ["Téléphone IP", "telephone_ip"],
      ["IP phone", "telephone_ip"],
      ["Feature phone", "telephone_basique"],
      ["Chargeur PC", "chargeur_ordinateur"],
      ["Photocopieur", "imprimante"],
      ["Téléphones portables", "smartphone"],
    ];
    for (const [text, code] of cases) expect(resolveInventoryType(text)?.code, text).toBe(code);
  });

  it("computes network gear from its manufacturing only, the use stage absent (not zero) and said so", async () => {
    const r = await computeInventoryFootprint("type;quantite\nswitch;10\n", { reportingYear: 2024 });
    expect(r.ok).toBe(true);
    const fab = lookupFactor(defaultFactorPack, { item: "switch", criterion: "gwp", stage: "manufacturing" });
    const life = lookupFactor(defaultFactorPack, { item: "switch", criterion: "lifetime" });
    expect(r.byType.switch?.gwp?.manufacturing?.value.toString()).toBe(fab.value.times(10).div(life.value).toString());
    expect(r.byType.switch?.gwp?.use).toBeUndefined();
    expect(r.byType.switch?.energy).toBeUndefined();
    expect(r.trace.notes.map((n) => n.en).join(" ")).toContain("No published use-phase power for switch");
  });

  it("counts the use of network gear when a line gives its measured kWh", async () => {
    const r = await computeInventoryFootprint("type;quantite;consommation_kwh_an\nswitch;2;876\n", { reportingYear: 2024 });
    expect(r.byType.switch?.energy?.use?.value.toString()).toBe("876");
  });

  it("computes chargers over the lifetime of their device and the stand-ins from their ADEME rows", async () => {
    const r = await computeInventoryFootprint(
      "type;quantite\nchargeur_ordinateur;5\nborne_wifi;2\necran_interactif;1\ntelephone_basique;3\n",
      { reportingYear: 2024 },
    );
    expect(r.ok).toBe(true);
    expect(r.byType.chargeur_ordinateur?.gwp?.manufacturing?.value.toString()).toBe("3.51");
    expect(r.byType.borne_wifi?.energy?.use?.value.toString()).toBe("140.16"); // 2 × 8 W × 24 h × 365 / 1000
    expect(r.byType.ecran_interactif?.gwp?.manufacturing?.value.toString()).toBe("40.625"); // 325 / 8
    expect(r.byType.telephone_basique?.gwp?.use).toBeUndefined();
  });

  it("reports the IP desk phone, without a public factor, as not computed, never as zero", async () => {
    const r = await computeInventoryFootprint("type;quantite\ntelephone_ip;30\necran;1\n", { reportingYear: 2024 });
    expect(r.problems.map((p) => p.code)).toEqual(["NRS_UNKNOWN_DEVICE_TYPE"]);
    expect(r.notComputed).toEqual({ lines: 1, quantity: 30 });
    expect(Object.keys(r.byType)).toEqual(["ecran"]);
  });

  it("computes IP cameras and connected sensors from one Boavizta product each, with the range of their set", async () => {
    const r = await computeInventoryFootprint("type;quantite\ncamera_ip;4\ncapteur_iot;9\n", { reportingYear: 2024 });
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    // Cameras (Nest Cam, wired option: 80 × 0.38 = 30.4 kgCO2e, 5 years, 20 kWh/year = 2.283 W): 4 × 30.4 over 5
    // years, range 9.75 to 47.15 (the lowest and highest camera); 4 × 2.283 W × 24 h × 365 / 1000 kWh.
    const cam = r.byType.camera_ip?.gwp?.manufacturing;
    expect(cam?.value.toString()).toBe(D("30.4").times(4).div("5").toString());
    expect(cam?.min.toString()).toBe(D("9.75").times(4).div("5").toString());
    expect(cam?.max.toString()).toBe(D("47.15").times(4).div("5").toString());
    expect(r.byType.camera_ip?.energy?.use?.value.toString()).toBe(D("2.283").times(4).times(24).times(365).div(1000).toString());
    // Sensors (Nest Thermostat: 20 × 0.59 = 11.8 kgCO2e, 10 years): 9 × 11.8 over 10 years; no use stage (no consumption published), not zero.
    expect(r.byType.capteur_iot?.gwp?.manufacturing?.value.toString()).toBe("10.62");
    expect(r.byType.capteur_iot?.gwp?.use).toBeUndefined();
    const ids = r.trace.factors.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["boavizta-camera-ip-gwp-fab", "boavizta-capteur-iot-gwp-fab"]));
    const licences = r.trace.factors.filter((f) => f.id.startsWith("boavizta-")).map((f) => f.licence);
    expect(licences.every((l) => l.startsWith("ODbL 1.0"))).toBe(true);
  });
});
