import type { FigureTable } from './table.ts';

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A figure's table as CSV text (RFC 4180, CRLF line ends), dates as ISO text, source ids expanded by `describeSource`
 * (e.g. to "Publisher <url>") and joined with "; ".
 */
export function tableToCsv(table: FigureTable, describeSource: (id: string) => string): string {
  const lines = [
    table.columns,
    ...table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell : 'date' in cell ? cell.date : cell.sources.map(describeSource).join('; ')))),
  ];
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
