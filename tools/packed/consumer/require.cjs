// CommonJS caller on Node >= 20.19: require() loads the ES modules, and gets the same module instances
// as import(), so there is one NrsError class (no dual-package hazard).
const { NrsError } = require("@nrs/core");
const footprint = require("@nrs/footprint");
import("@nrs/core").then((esm) => {
  if (esm.NrsError !== NrsError) throw new Error("NrsError from require differs from NrsError from import");
  if (typeof footprint.computeDeviceFootprint !== "function") throw new Error("require(@nrs/footprint) has no computeDeviceFootprint");
  console.log("ok   require() and import() give the same NrsError");
});
