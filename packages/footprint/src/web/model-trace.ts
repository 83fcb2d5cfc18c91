import { definedProps } from "@nrs/core";
import type { Message } from "@nrs/core";
import type { ModelConstant } from "./model-constants.js";
import type { TracedFactor, TracedValue } from "../trace.js";

/**
 * Turns a constant of a built-in model (SWD, OneByte) into a traced factor. Such constants are not rows
 * of a factor pack: `pack` names the implementation they were read from and its version.
 *
 * @internal
 */
export function tracedConstant(c: ModelConstant, pack: string, packVersion: string, source: string): TracedFactor {
  return {
    id: c.id,
    pack,
    packVersion,
    item: c.item,
    criterion: c.criterion,
    value: c.value,
    unit: c.unit,
    year: c.year,
    source,
    sourceUrl: c.url,
    licence: c.licence,
  };
}

/** A traced value that was given by the caller. @internal */
export function given(name: string, value: string, unit?: string): TracedValue {
  return { name, value, origin: "input", ...definedProps({ unit }) };
}

/** A traced value the model filled in, and why. @internal */
export function defaulted(name: string, value: string, reason: Message, unit?: string, factorId?: string): TracedValue {
  return {
    name,
    value,
    origin: "default",
    reason,
    ...definedProps({ unit, factorId }),
  };
}
