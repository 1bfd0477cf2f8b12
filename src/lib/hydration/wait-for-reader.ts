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
  // Printing: the page cannot be live in time for this print, but is for the next.
  'beforeprint',
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

/** A field whose text the reader types (not a check box, a button, a range…). */
const isTextField = (field: Element): field is HTMLInputElement | HTMLTextAreaElement =>
  field instanceof HTMLTextAreaElement ||
  (field instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image', 'hidden'].includes(
      field.type,
    ));

/**
 * Gives `typed`, the text a reader typed into `field` before the page was live, to the page's
 * handlers, as typing it now would. By now the live page may have drawn the field again with its
 * own value: whatever it shows, set it through React's record of the field's value to something
 * else, put the typed text in past that record, and send `input`, which React then reads as a
 * change to the typed text.
 */
function retype(field: HTMLInputElement | HTMLTextAreaElement, typed: string): void {
  field.value = `${typed}\u0000`;
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, typed);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Resolves after the page has drawn a frame: React has committed what the last given input did. */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** One thing the reader did before the page was live, to give again. */
type KeptInput =
  | { readonly kind: 'click'; readonly target: HTMLElement }
  | { readonly kind: 'choice'; readonly target: HTMLSelectElement; readonly value: string }
  | { readonly kind: 'text'; readonly target: HTMLInputElement | HTMLTextAreaElement; readonly value: string };

/** Gives one kept input to the live page (nothing to a part the live page no longer shows). */
function giveAgain(input: KeptInput): void {
  if (!input.target.isConnected) return;
  if (input.kind === 'click') input.target.click();
  else if (input.kind === 'text') retype(input.target, input.value);
  else {
    input.target.value = input.value;
    input.target.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/**
 * Keeps what the reader does inside `container` before the page is live, and gives it again, in
 * order, once it is (`<html data-interactive="true">`), a frame apart, so each finds the page as
 * the one before left it (two clicks on a sort header sort twice): the text typed into each
 * field (its last value), each click on a button, check box or label, each choice in a select
 * box. A kept click does nothing at the time (its default is prevented, so a check box does not
 * flip twice, and nothing else sees it); the browser's own actions (links, `<details>`, focus)
 * go through. The values are the ones the reader chose, read when they chose them: the live page
 * may draw its fields again with its own values before they are given. Stops keeping once the
 * page is live.
 *
 * A click given again after Chrome's few seconds of user activation have passed (a very slow
 * connection) cannot copy to the clipboard: the page then says copying was not allowed.
 *
 * @param container the prerendered page (`#root`)
 * @returns a function that stops keeping and forgets what was kept (for tests)
 */
export function holdEarlyInput(container: HTMLElement): () => void {
  const kept: KeptInput[] = [];
  const inside = (target: EventTarget | null): target is Element =>
    !isLive() && target instanceof Element && container.contains(target);
  const onClick = (event: MouseEvent) => {
    if (!inside(event.target) || event.target.closest(NATIVE)) return;
    const target = event.target.closest<HTMLElement>(ACTIONABLE);
    if (!target) return;
    // Nothing else sees it now (React may already listen on part of a page still hydrating, and
    // would act on it too): it is given again once the whole page is live.
    event.preventDefault();
    event.stopPropagation();
    kept.push({ kind: 'click', target });
  };
  const onChange = (event: Event) => {
    if (!inside(event.target) || !(event.target instanceof HTMLSelectElement)) return;
    event.stopPropagation();
    kept.push({ kind: 'choice', target: event.target, value: event.target.value });
  };
  const onInput = (event: Event) => {
    if (!inside(event.target) || !isTextField(event.target)) return;
    const target = event.target;
    // One entry per field, where it was first typed into, holding its latest text.
    const index = kept.findIndex((input) => input.kind === 'text' && input.target === target);
    const text: KeptInput = { kind: 'text', target, value: target.value };
    if (index === -1) kept.push(text);
    else kept[index] = text;
  };
  const observer = new MutationObserver(() => {
    if (!isLive()) return;
    stop();
    // Text typed before this script listened (it runs after the page is parsed) still counts.
    for (const field of container.querySelectorAll('input, textarea'))
      if (isTextField(field) && field.value !== field.defaultValue && !kept.some((input) => input.target === field))
        kept.unshift({ kind: 'text', target: field, value: field.value });
    const given = kept.splice(0);
    void given.reduce(
      (previous, input) => previous.then(afterNextFrame).then(() => giveAgain(input)),
      Promise.resolve(),
    );
  });
  function stop() {
    observer.disconnect();
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('change', onChange, true);
    document.removeEventListener('input', onInput, true);
  }
  document.addEventListener('click', onClick, true);
  document.addEventListener('change', onChange, true);
  document.addEventListener('input', onInput, true);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-interactive'] });
  return () => {
    stop();
    kept.length = 0;
  };
}
