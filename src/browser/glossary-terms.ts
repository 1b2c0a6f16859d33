/**
 * Glossary definitions show on hover and keyboard focus through CSS alone. Script adds what WCAG 1.4.13 asks of
 * such pop-ups: Escape dismisses the definition without moving focus, and on touch screens a first tap shows the
 * definition instead of leaving the page (a second tap follows the link).
 */
export function enhanceGlossaryTerms(root: Document = document): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    root.querySelectorAll('.term-wrap').forEach((wrap) => wrap.classList.add('term-dismissed'));
  };
  const onFocus = (event: FocusEvent) => {
    (event.target as Element).closest?.('.term-wrap')?.classList.remove('term-dismissed');
  };
  const onClick = (event: Event) => {
    const pointer = event as PointerEvent;
    const wrap = (event.target as Element).closest('.term-wrap');
    if (!wrap || pointer.pointerType !== 'touch') return;
    if (!wrap.classList.contains('term-open')) {
      event.preventDefault();
      root.querySelectorAll('.term-open').forEach((open) => open.classList.remove('term-open'));
      wrap.classList.add('term-open');
    }
  };
  root.addEventListener('keydown', onKey);
  root.addEventListener('focusin', onFocus);
  root.addEventListener('click', onClick);
  return () => {
    root.removeEventListener('keydown', onKey);
    root.removeEventListener('focusin', onFocus);
    root.removeEventListener('click', onClick);
  };
}
