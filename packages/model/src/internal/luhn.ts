/**
 * Luhn checksum of a string of decimal digits (INSEE's key for SIREN and SIRET numbers): from the
 * right, every second digit is doubled and a two-digit result folded (minus 9); the sum must be a
 * multiple of 10. The caller checks that the string holds only digits.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    let d = digits.charCodeAt(n - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
