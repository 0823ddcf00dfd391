/** "1 problem", "2 problems", "1 story", "3 stories": a count with its noun in English. */
export function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : many}`;
}
