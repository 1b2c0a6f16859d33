/** Month names, January first: the one list every date on the site is written with. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "27 May 2021", "May 2021" or "2021", following the precision the date was written with; UTC, never local time. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
