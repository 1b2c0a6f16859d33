// Ids: the one shape every id editors type and links use, and making one from a name. No dependencies, so the
// browser code (map deep links) can use it without pulling in the schemas.

/** The shape of an id without anchors: lower-case letters, digits and single hyphens. */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Whether a whole string is such an id, e.g. `verin-shorzha`. */
export const SLUG_PATTERN = new RegExp(`^${SLUG}$`);

/** A stable lower-case id from a name: "Khankendi (Stepanakert)" → "khankendi-stepanakert". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
