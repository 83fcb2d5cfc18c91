import * as z from "zod/mini";
import { DECIMAL_REFUSALS, type DecimalRefusal } from "./decimal-input.js";

// The zod side shared by both decimal schema families (Decimal objects and canonical strings).

/** The input side of every decimal schema: its JSON Schema is `number | string` (plus "anything" for a Decimal). */
function decimalInputSchema<D>(isInstance: (value: unknown) => value is D) {
  return z.union([z.number(), z.string().check(z.regex(/^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/)), z.custom<D>(isInstance)]);
}

/**
 * A decimal schema: the shared input side, then `convert` (the value, or why it is refused) and the
 * sign rule, each refusal reported with its stable code and bilingual message.
 */
export function decimalSchema<T, D>(
  isInstance: (value: unknown) => value is D,
  convert: (value: number | string | D) => { readonly value: T } | DecimalRefusal,
  signOf: (value: T) => number,
  min: "any" | "nonnegative" | "positive",
) {
  return z.pipe(
    decimalInputSchema(isInstance),
    z.transform((v, ctx) => {
      const refuse = (refusal: DecimalRefusal) => {
        const nrs = DECIMAL_REFUSALS[refusal];
        ctx.issues.push({ code: "custom", input: v, message: nrs.en, params: { nrs } });
        return z.NEVER;
      };
      const d = convert(v);
      if (typeof d === "string") return refuse(d);
      if (min === "nonnegative" && signOf(d.value) < 0) return refuse("nonnegative");
      if (min === "positive" && signOf(d.value) <= 0) return refuse("positive");
      return d.value;
    }),
  );
}
