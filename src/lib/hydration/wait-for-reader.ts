/**
 * The prerendered page is complete before any script runs: it can be read, scrolled, its links
 * followed and its details opened with none. Its script (React, the strings, the dashboard: about
 * 160 kB gzip, and the work of hydrating a long page) is needed only once the reader does
 * something, so a page that matches its prerender (`matchesPrerender`) loads it on the reader's
 * first sign of presence (see {@link READER_EVENTS}). A pointer usually moves well before it clicks, so the page is live by then.
 *
 * What the reader does before the page is live is not lost: {@link holdEarlyInput} keeps clicks on
 * buttons, check boxes and labels and changes of select boxes, and gives them again once the page
 * is live, with any text typed into a field.
 */

/**
 * Events that show a reader is at the page: a pointer, a touch, a key, focus, scrolling, and a
 * field's value changing by any means (a screen reader or an assistive tool may set a value with no
 * key or pointer event first).
 */
export const READER_EVENTS = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'keydown',
  'focusin',
  'wheel',
  'scroll',
  'input',
  'change',
];

/**
 * Calls `start` once, on the first of {@link READER_EVENTS} anywhere in the window.
 *
 * @param start what to do then (load the page's script)
 * @returns a function that stops waiting without calling `start`
 */
export function whenReaderActs(start: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of READER_EVENTS) window.removeEventListener(type, onEvent, options);
  };
  function onEvent() {
    stop();
    start();
  }
  for (const type of READER_EVENTS) window.addEventListener(type, onEvent, options);
  return stop;
}

/** Whether the page has come alive (`useInteractiveMark` sets this once hydrated or rendered). */
const isLive = () => document.documentElement.dataset.interactive === 'true';

// What a click does without the page's script: following a link, opening a <details>, focusing a
// field or opening a select box's list. Those are left to the browser; any other click is kept.
const NATIVE =
  'a[href], summary, select, textarea, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])';
// What a kept click acts on: the element whose handler the page would run.
const ACTIONABLE =
  'button, label, input, [role="button"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="switch"]';

/** A text field whose value the reader typed before the page was live: React holds another. */
const typedBeforeLive = (field: HTMLInputElement | HTMLTextAreaElement) =>
  (field instanceof HTMLTextAreaElement ||
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(field.type)) &&
  field.value !== field.defaultValue;

/**
 * Gives a text typed before the page was live to the page's handlers, as typing it now would. The
 * hydrated field shows the typed text, but its state (and React's record of the field's value) is
 * the prerendered one: set the field back through React's record, put the text in past it, and
 * send `input`, which React reads as a change.
 */
function retype(field: HTMLInputElement | HTMLTextAreaElement): void {
  const typed = field.value;
  field.value = field.defaultValue;
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, typed);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Keeps what the reader does inside `container` before the page is live, and gives it again, in
 * order, once it is (`<html data-interactive="true">`): text typed into fields first, then each
 * kept click and select-box change. A kept click does nothing at the time (its default is
 * prevented, so a check box does not flip twice); the browser's own actions (links, `<details>`,
 * focus) go through. Stops keeping once the page is live.
 *
 * @param container the prerendered page (`#root`)
 * @returns a function that stops keeping and forgets what was kept (for tests)
 */
export function holdEarlyInput(container: HTMLElement): () => void {
  const kept: { readonly target: HTMLElement; readonly kind: 'click' | 'change' }[] = [];
  const onClick = (event: MouseEvent) => {
    if (isLive() || !(event.target instanceof Element) || !container.contains(event.target)) return;
    if (event.target.closest(NATIVE)) return;
    const target = event.target.closest<HTMLElement>(ACTIONABLE);
    if (!target) return;
    // Nothing else sees it now (React may already listen on part of a page still hydrating, and
    // would act on it too): it is given again once the whole page is live.
    event.preventDefault();
    event.stopPropagation();
    kept.push({ target, kind: 'click' });
  };
  const onChange = (event: Event) => {
    if (isLive() || !(event.target instanceof HTMLSelectElement) || !container.contains(event.target)) return;
    event.stopPropagation();
    kept.push({ target: event.target, kind: 'change' });
  };
  const observer = new MutationObserver(() => {
    if (!isLive()) return;
    stop();
    for (const field of container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
      if (typedBeforeLive(field)) retype(field);
    for (const { target, kind } of kept) {
      // A part the live page no longer shows (a phone drops the wide table) takes nothing.
      if (!target.isConnected) continue;
      if (kind === 'click') target.click();
      else target.dispatchEvent(new Event('change', { bubbles: true }));
    }
    kept.length = 0;
  });
  function stop() {
    observer.disconnect();
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('change', onChange, true);
  }
  document.addEventListener('click', onClick, true);
  document.addEventListener('change', onChange, true);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-interactive'] });
  return () => {
    stop();
    kept.length = 0;
  };
}
