/**
 * A Markdown table with every column padded to its widest cell, the layout
 * the repository's formatter keeps, so a generated report passes the format
 * check as written.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const width = (s: string) => [...s].length;
  const widths = header.map((h, i) => Math.max(3, width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => s + ' '.repeat((widths[i] as number) - width(s));
  const line = (cells: readonly string[]) =>
    `| ${header.map((_, i) => pad(cells[i] ?? '', i)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)];
}
