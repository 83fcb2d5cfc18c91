// A consumer of the installed tarballs: plain numbers where the SDK takes quantities, results that are
// the app's own Decimal (one decimal.js in the app). Type-checked with --strict under node16 and bundler
// resolution, then run.
import { Decimal } from "decimal.js";
import { NrsError, toDecimal } from "@nrs/core";
import { computeDeviceFootprint, computeNetworkFootprint, defaultFactorPack, groupInventory, sustainableWebDesign } from "@nrs/footprint";
import { computeIndicators, followUp, trajectory } from "@nrs/indicators";
import { obligations } from "@nrs/model";

const device = computeDeviceFootprint({ type: "ordinateur_portable", quantity: 10, lifetimeYears: 5, year: 2025 });
const gwp = device.impacts.gwp?.manufacturing?.value;
const follow = followUp("part-achats-reemploi", [
  { year: 2024, value: 5 },
  { year: 2025, value: "7.5" },
]);
const path = trajectory({ baseline: { year: 2023, value: 48 }, targets: [{ year: 2027, value: new Decimal(65) }] });
const network = computeNetworkFootprint({ pack: defaultFactorPack, flows: [{ network: "fixed-FR", volume: 12.5 }] });
const web = sustainableWebDesign().perByte(1_000_000);
const inventory = groupInventory([{ line: 0, type: "ecran", quantity: 4, origin: "neuf", lifetimeYears: 6, annualKwh: 120.5 }], {
  reportingYear: 2025,
});
const indicators = computeIndicators(
  {
    agents: 40,
    purchases: [{ date: "2025-02-01", category: "informatique-telephonie", amount: 48000, reuseAmount: "6000" }],
    hosting: [{ annualKwh: 24300, pue: "1.9" }],
    footprint: { impacts: { gwp: { use: { value: 1200 } } } },
  },
  { year: 2025 },
);
const indicator = (code: string) => indicators.values.find((v) => v.code === code)?.value;
const sum: Decimal = toDecimal(0.1).plus(toDecimal(0.2));

const checks: [string, boolean][] = [
  ["device result is the app's Decimal", gwp instanceof Decimal],
  ["follow-up series is the app's Decimal", follow.series[0]?.value instanceof Decimal],
  ["trajectory has 5 points", path.length === 5],
  ["network footprint has a GWP", network.impacts.gwp !== undefined],
  ["SWD per byte is positive", Number(web.toString()) > 0],
  ["hand-made inventory item with numbers", inventory.groups[0]?.annualKwh instanceof Decimal],
  ["indicators from plain numbers", indicator("part-achats-reemploi")?.toString() === "12.5" && indicator("pue")?.toString() === "1.9"],
  ["indicator value is the app's Decimal", indicator("empreinte-carbone-par-agent") instanceof Decimal],
  ["0.1 + 0.2 is exact", sum.toString() === "0.3"],
  ["obligations is a function", typeof obligations === "function"],
];
try {
  toDecimal("abc");
  checks.push(["bad input throws NrsError", false]);
} catch (error) {
  checks.push(["bad input throws NrsError", error instanceof NrsError]);
}
const failed = checks.filter(([, ok]) => !ok);
for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
// The figures themselves, so that a run elsewhere (the browser check) is compared on them too.
console.log(
  `figures: device ${gwp?.toString()} kgCO2e, network ${network.impacts.gwp?.use?.value.toString()} kgCO2e, SWD ${web.toString()} gCO2e for 1 MB, ` +
    `reuse ${indicator("part-achats-reemploi")?.toString()} %, per agent ${indicator("empreinte-carbone-par-agent")?.toString()} kgCO2e`,
);
if (failed.length > 0) throw new Error(`${failed.length} consumer check(s) failed`);
