import type { Origin } from '../schemas/source.ts';

/** How each origin is named for readers on /sources/ and in the balance audit. */
export const ORIGIN_LABELS: Record<Origin, string> = {
  'armenian-government': 'Armenian government',
  'karabakh-authorities': 'Karabakh Armenian authorities',
  'armenian-media': 'Armenian media',
  'azerbaijani-government': 'Azerbaijani government',
  'azerbaijani-media': 'Azerbaijani media',
  'russian-state': 'Russian state',
  'russian-media': 'Russian media',
  'turkish-media': 'Turkish media',
  'foreign-government': 'Government of another country',
  'international-media': 'International media',
  intergovernmental: 'Intergovernmental body',
  ngo: 'Non-governmental organisation',
  academic: 'Academic',
  reference: 'Reference data',
  other: 'Other',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a source's language code: "ru" → "Russian". */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}
