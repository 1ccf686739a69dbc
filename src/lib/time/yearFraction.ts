/** A date (YYYY, YYYY-MM or YYYY-MM-DD) as a year with its fraction, for a year axis: "2015-07-01" → 2015.5. */
export function yearFraction(date: string): number {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}
