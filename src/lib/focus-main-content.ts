/**
 * Moves focus to the page's content (`<main id="main">`): for when the control that had focus goes
 * away with what it closed (a notice, a removed edition), so focus never falls to the page itself.
 */
export function focusMainContent(): void {
  document.getElementById('main')?.focus();
}
