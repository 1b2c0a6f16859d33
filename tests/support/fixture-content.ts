import type { ContentTexts } from '../../src/lib/content/validate.ts';

/** A tiny, valid content set; each test breaks one thing in a copy of it. */
export function validContent(): ContentTexts {
  return {
    chapters: [
      {
        path: 'content/chapters/01-capture.mdx',
        text: `---
title: The capture
slug: capture
order: 1
dek: Six soldiers were detained.
summary: Six soldiers detained, two accounts.
period:
  start: 2021-05-01
  end: 2021-07-31
updated: 2026-11-26
factsAsOf: 2026-11-26
keyTerms: [delimitation]
---

Six soldiers were detained near <Place id="verin-shorzha"/>. <Cite ids="ap-2021"/>

## What each side said [#what-each-side-said]

<Claims label="Where">
  <Claim side="armenia" by="Armenia's MoD" sources="ap-2021">Inside Armenia.</Claim>
  <Claim side="azerbaijan" by="Azerbaijan's MoD" sources="ap-2021">Inside Azerbaijan.</Claim>
</Claims>

The border was never <Term id="delimitation">delimited</Term>.
`,
      },
    ],
    pages: [
      {
        path: 'content/pages/home.mdx',
        text: `---\ntitle: Home\ndescription: The story.\nupdated: 2026-11-26\n---\n\nText. <Cite ids="ap-2021"/>\n`,
      },
    ],
    events: [
      {
        path: 'content/events/2021-05-27-six-soldiers-captured.yaml',
        text: `id: 2021-05-27-six-soldiers-captured
date: 2021-05-27
title: Six soldiers detained
summary: Six soldiers were detained.
chapter: capture
category: military
places: [verin-shorzha]
sources: [ap-2021]
confidence: confirmed
`,
      },
    ],
    places: {
      path: 'content/places.yaml',
      text: `- id: verin-shorzha
  name: Verin Shorzha
  kind: village
  lat: 40.0872
  lon: 45.8325
  country: armenia
`,
    },
    sources: {
      path: 'content/sources.yaml',
      text: `- id: ap-2021
  publisher: Associated Press
  origin: international-media
  title: Armenia says 6 soldiers captured by Azerbaijan
  date: 2021-05-27
  url: https://example.org/ap
`,
    },
    updates: {
      path: 'content/updates.yaml',
      text: `- id: 2026-11-26-published\n  date: 2026-11-26\n  title: Published\n  text: The site is online.\n  chapter: capture\n`,
    },
    glossary: {
      path: 'content/glossary.yaml',
      text: `- id: delimitation
  term: Delimitation
  definition: Agreeing where a border runs.
  sources: [ap-2021]
`,
    },
  };
}

/** Replace `from` with `to` in one file of a content set, failing loudly if `from` is not there. */
export function edit(content: ContentTexts, path: string, from: string, to: string): ContentTexts {
  const swap = (file: { path: string; text: string }) => {
    if (file.path !== path) return file;
    if (!file.text.includes(from)) throw new Error(`fixture ${path} has no "${from}"`);
    return { ...file, text: file.text.replace(from, to) };
  };
  return {
    chapters: content.chapters.map(swap),
    pages: content.pages.map(swap),
    events: content.events.map(swap),
    figures: content.figures?.map(swap),
    teachers: content.teachers?.map(swap),
    places: content.places && swap(content.places),
    sources: content.sources && swap(content.sources),
    glossary: content.glossary && swap(content.glossary),
    updates: content.updates && swap(content.updates),
    areas: content.areas && swap(content.areas),
  };
}
