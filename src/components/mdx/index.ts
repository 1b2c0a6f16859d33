// The components editors may use in MDX without import lines; passed to <Content components={mdxComponents} />.
// Their props are described for the validator in src/lib/mdx/components.ts and for editors in EDITING.md.
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Claim from './Claim.astro';
import Claims from './Claims.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Figure from './Figure.astro';
import KeyFacts from './KeyFacts.astro';
import MapStep from './MapStep.astro';
import Place from './Place.astro';
import Term from './Term.astro';

export const mdxComponents = { Aside, Cite, Claim, Claims, Figure, KeyFacts, MapStep, Place, Term, h2: H2, h3: H3 };
