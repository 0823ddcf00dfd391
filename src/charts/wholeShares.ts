/**
 * Whole-number percentages of a total that add up to exactly 100 (largest
 * remainder): 14.2, 12.1 and 9.5 of 35.8 print 40%, 34% and 26%, not the
 * 40%, 34% and 27% that rounding each gives.
 */
export function wholeShares(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return values.map(() => 0);
  const exact = values.map((value) => (value / total) * 100);
  const shares = exact.map(Math.floor);
  const short = 100 - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact.map((value, index) => ({index, rest: value - Math.floor(value)})).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const {index} of byRemainder.slice(0, short)) shares[index]! += 1;
  return shares;
}
