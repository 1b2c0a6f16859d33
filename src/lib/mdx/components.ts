import { SIDES } from '../../schemas/claim.ts';
import { MAX_STEP_ZOOM, MIN_STEP_ZOOM } from '../map/camera.ts';
import { closestMatch } from '../suggest.ts';
import { splitIds, type ComponentUsage } from './usages.ts';

/** What a prop's value must be: free text, one of a list, or ids that must exist in a collection. */
export type PropKind =
  | { type: 'text' }
  | { type: 'one-of'; values: readonly string[] }
  | { type: 'ids'; collection: 'sources' | 'places' | 'glossary' | 'events' | 'figures' | 'areas'; many: boolean }
  | { type: 'number'; min: number; max: number };

export interface PropRule {
  required: boolean;
  kind: PropKind;
  /** Shown to editors in errors and in EDITING.md. */
  help: string;
}

export interface ComponentRule {
  /** One line for editors: what the component is for. */
  purpose: string;
  props: Record<string, PropRule>;
  /** Props the remark plugins add at build time; editors never write them. */
  generated?: readonly string[];
}

export const ASIDE_KINDS = ['note', 'context', 'unknown'] as const;

/**
 * The components editors may use in MDX, without import lines. The validator checks every usage against this
 * list, so an unknown component or a wrong prop is reported with file and line before anything is built.
 */
export const MDX_COMPONENTS: Record<string, ComponentRule> = {
  Cite: {
    purpose: 'A numbered citation to one or more sources: <Cite ids="ap-2021-05-27 bbc-2021-05-27"/>',
    props: { ids: { required: true, kind: { type: 'ids', collection: 'sources', many: true }, help: 'source ids separated by spaces' } },
    generated: ['numbers', 'refIds'],
  },
  Claims: {
    purpose: 'A pair (or more) of <Claim> panels shown side by side, Armenian account first, then Azerbaijani.',
    props: {
      label: { required: false, kind: { type: 'text' }, help: 'what the claims are about, e.g. "Where the soldiers were"' },
    },
  },
  Claim: {
    purpose: "One side's attributed version of a contested fact, inside <Claims>.",
    props: {
      side: { required: true, kind: { type: 'one-of', values: SIDES }, help: 'armenia, azerbaijan or third-party' },
      by: { required: true, kind: { type: 'text' }, help: 'who said it, e.g. "Armenia\'s Ministry of Defence"' },
      sources: { required: true, kind: { type: 'ids', collection: 'sources', many: true }, help: 'source ids separated by spaces' },
    },
    generated: ['numbers', 'refIds'],
  },
  Aside: {
    purpose: 'A boxed note beside the main text: background, or what is not known.',
    props: {
      kind: { required: false, kind: { type: 'one-of', values: ASIDE_KINDS }, help: 'note (default), context or unknown' },
      title: { required: false, kind: { type: 'text' }, help: 'a short heading for the box' },
    },
  },
  KeyFacts: {
    purpose: 'The "key facts" box near the top of a chapter: a short list of when, where, who and what each side says.',
    props: {},
  },
  Term: {
    purpose: 'Links a word to its glossary entry: <Term id="delimitation">delimited</Term>',
    props: { id: { required: true, kind: { type: 'ids', collection: 'glossary', many: false }, help: 'a glossary id' } },
  },
  Place: {
    purpose: 'A place name from places.yaml; `both` shows both names (Shusha/Shushi) for the first mention.',
    props: {
      id: { required: true, kind: { type: 'ids', collection: 'places', many: false }, help: 'a place id' },
      both: { required: false, kind: { type: 'text' }, help: 'write `both` with no value to show both names' },
    },
  },
  Figure: {
    purpose: 'A chart drawn from content/figures/<id>.yaml, with its caption, takeaway, sources, data table and CSV: <Figure id="election-2021"/>',
    props: { id: { required: true, kind: { type: 'ids', collection: 'figures', many: false }, help: 'a figure id (a file name in content/figures/)' } },
  },
  MapStep: {
    purpose: 'A map view for the text beside it: as the reader scrolls, the chapter map moves to this place.',
    props: {
      place: { required: true, kind: { type: 'ids', collection: 'places', many: false }, help: 'the place id to centre on' },
      zoom: {
        required: false,
        kind: { type: 'number', min: MIN_STEP_ZOOM, max: MAX_STEP_ZOOM },
        help: `how close to show it, from ${MIN_STEP_ZOOM} (the region) to ${MAX_STEP_ZOOM} (a village)`,
      },
      highlight: { required: false, kind: { type: 'ids', collection: 'areas', many: true }, help: 'area ids from content/map/areas.yaml, separated by spaces' },
      id: { required: false, kind: { type: 'text' }, help: 'the link anchor, needed only when two steps show the same place' },
    },
  },
};

/** Which prop of a component lists the sources it cites (ids prop of collection sources), if any. */
export function citingProp(component: string): string | undefined {
  const props = Object.entries(MDX_COMPONENTS[component]?.props ?? {});
  return props.find(([, prop]) => prop.kind.type === 'ids' && prop.kind.collection === 'sources')?.[0];
}

/** The source ids a component usage cites, read from the prop the rules say holds them. */
export function citedSourceIds(usage: ComponentUsage): string[] {
  const prop = citingProp(usage.name);
  return prop ? splitIds(usage.attributes[prop]?.value ?? '') : [];
}

/**
 * What is wrong with a value of a one-of prop, in the words both the content check and the component's own
 * preview message use; undefined when it is allowed. Built from the rule's list, so the two never disagree.
 */
export function oneOfProblem(component: string, prop: string, value: string): string | undefined {
  const kind = MDX_COMPONENTS[component]?.props[prop]?.kind;
  if (kind?.type !== 'one-of' || kind.values.includes(value)) return undefined;
  const hint = closestMatch(value, kind.values);
  return `"${value}" is not allowed; expected one of: ${kind.values.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`;
}
