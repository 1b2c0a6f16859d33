import { withBase } from '../url.ts';

/** The address of a figure's CSV download, built at build time by src/pages/data/[id].csv.ts. */
export function figureCsvPath(id: string, base: string): string {
  return withBase(`/data/${id}.csv`, base);
}
