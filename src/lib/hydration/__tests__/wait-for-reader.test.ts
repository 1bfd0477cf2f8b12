import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdEarlyInput, READER_EVENTS, whenReaderActs } from '../wait-for-reader';

describe('whenReaderActs', () => {
  it.each(READER_EVENTS)('starts once, on the first %s', (type) => {
    const start = vi.fn();
    whenReaderActs(start);
    expect(start).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(type));
    window.dispatchEvent(new Event('pointermove'));
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once told to stop waiting', () => {
    const start = vi.fn();
    whenReaderActs(start)();
    window.dispatchEvent(new Event('pointerdown'));
    expect(start).not.toHaveBeenCalled();
  });
});

describe('holdEarlyInput', () => {
  let root: HTMLElement;
  let release: () => void;
  // Kept inputs are given a frame apart: wait long enough for a few.
  const goLive = async () => {
    document.documentElement.dataset.interactive = 'true';
    await new Promise((resolve) => setTimeout(resolve, 200));
  };

  beforeEach(() => {
    delete document.documentElement.dataset.interactive;
    document.body.innerHTML = `
      <div id="root">
        <button type="button" id="sort">Cost advantage</button>
        <label id="pick-label"><input type="checkbox" id="pick"> GPU</label>
        <a href="#details" id="link">Details</a>
        <select id="order"><option value="a">A</option><option value="b">B</option></select>
        <input type="search" id="search" value="">
      </div>
      <button type="button" id="outside">Outside</button>`;
    root = document.getElementById('root') as HTMLElement;
    release = holdEarlyInput(root);
  });
  afterEach(() => {
    release();
    document.body.innerHTML = '';
    delete document.documentElement.dataset.interactive;
  });

  it('keeps a click on a button from the page until it is live, then gives it once', async () => {
    const button = document.getElementById('sort') as HTMLButtonElement;
    const onClick = vi.fn();
    root.addEventListener('click', onClick);
    button.click();
    expect(onClick).not.toHaveBeenCalled();
    await goLive();
    expect(onClick).toHaveBeenCalledTimes(1);
    expect((onClick.mock.calls[0]?.[0] as Event).target).toBe(button);
    // Live now: clicks go straight through, and are not kept again.
    button.click();
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('leaves a check box as it was until live, then ticks it once', async () => {
    const box = document.getElementById('pick') as HTMLInputElement;
    const onChange = vi.fn();
    root.addEventListener('change', onChange);
    document.getElementById('pick-label')?.click();
    expect(box.checked).toBe(false);
    await goLive();
    expect(box.checked).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('lets the browser follow links, and leaves clicks outside the page alone', () => {
    const seen: string[] = [];
    document.addEventListener('click', (event) => seen.push((event.target as Element).id));
    const link = document.getElementById('link') as HTMLAnchorElement;
    const followed = link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    document.getElementById('outside')?.click();
    expect(followed).toBe(true);
    expect(seen).toEqual(['link', 'outside']);
  });

  it('gives two clicks one after the other, each in a task of its own', async () => {
    const button = document.getElementById('sort') as HTMLButtonElement;
    const seen: string[] = [];
    let laterRan = false;
    root.addEventListener('click', () => {
      seen.push(laterRan ? 'after the first settled' : 'first');
      setTimeout(() => (laterRan = true), 0);
    });
    button.click();
    button.click();
    await goLive();
    expect(seen).toEqual(['first', 'after the first settled']);
  });

  it('gives the text and choice the reader made, even when the live page drew its own values first', async () => {
    const select = document.getElementById('order') as HTMLSelectElement;
    const search = document.getElementById('search') as HTMLInputElement;
    const changes: string[] = [];
    const inputs: string[] = [];
    search.value = 'AS';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    search.value = 'ASIC';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    select.value = 'b';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // The live page draws its controlled field and select with its own state before they are given.
    search.value = '';
    select.value = 'a';
    root.addEventListener('change', (event) => changes.push((event.target as HTMLSelectElement).value));
    root.addEventListener('input', (event) => inputs.push((event.target as HTMLInputElement).value));
    await goLive();
    expect(inputs).toEqual(['ASIC']);
    expect(search.value).toBe('ASIC');
    expect(changes).toEqual(['b']);
    expect(select.value).toBe('b');
  });

  it('gives a changed select box and typed text to the live page', async () => {
    const select = document.getElementById('order') as HTMLSelectElement;
    const search = document.getElementById('search') as HTMLInputElement;
    const changes: string[] = [];
    const inputs: string[] = [];
    root.addEventListener('change', (event) => changes.push((event.target as HTMLSelectElement).value));
    root.addEventListener('input', (event) => inputs.push((event.target as HTMLInputElement).value));
    select.value = 'b';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    search.value = 'ASIC';
    expect(changes).toEqual([]);
    await goLive();
    expect(changes).toEqual(['b']);
    expect(inputs).toEqual(['ASIC']);
    expect(search.value).toBe('ASIC');
  });

  it('gives nothing to a part the live page no longer shows', async () => {
    const onClick = vi.fn();
    document.addEventListener('click', onClick);
    document.getElementById('sort')?.click();
    document.getElementById('sort')?.remove();
    await goLive();
    expect(onClick).not.toHaveBeenCalled();
  });
});
