import '../embed.css';
import type { ReactNode } from 'react';
import { addOnDemandStrings } from '../../../lib/i18n/i18n';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import en from '../../../locales/on-demand/embed.en.json';
import zh from '../../../locales/on-demand/embed.zh.json';
import { fullViewUrl, type EmbedKind } from '../model/embed-request';

// Loaded only by an embed: its strings come with it.
addOnDemandStrings({ en, zh });

export interface EmbedFrameProps {
  /** The part shown, for styling (`data-embed-kind`); absent while the page shows a message. */
  readonly kind?: EmbedKind | undefined;
  /** A short line beside the link back (what the part shows, or what the link left out). */
  readonly note?: ReactNode;
  /** The page's heading, for screen readers (the edition's title); the product's name by default. */
  readonly heading?: string | undefined;
  readonly children: ReactNode;
}

/**
 * The whole page of an embed: one part filling the frame (whatever its size, from 300 × 200 up),
 * and under it a line with `note` and a small link back to the full view (this address without
 * `embed`, see `fullViewUrl`), which opens in a new tab (a wiki's reader stays on the wiki). No header, nav or footer
 * of the site.
 */
export function EmbedFrame({ kind, note, heading, children }: EmbedFrameProps) {
  const { t } = useUiLocale();
  // The address changes in place (a sort clicked in the table): the link follows it when used.
  const refresh = (event: { readonly currentTarget: HTMLAnchorElement }) => {
    event.currentTarget.href = fullViewUrl(window.location.href, kind);
  };
  return (
    <div className="embed-frame" data-embed-kind={kind}>
      <main className="embed-frame__part">
        {/* The frame's page is a page of its own to a screen reader: it names what it shows. */}
        <h1 className="sr-only">{heading ?? t('app.name')}</h1>
        {children}
      </main>
      <footer className="embed-frame__footer">
        {note ? <p className="embed-frame__note">{note}</p> : null}
        <a
          className="embed-frame__link"
          href={fullViewUrl(window.location.href, kind)}
          target="_blank"
          rel="noopener"
          onPointerDown={refresh}
          onFocus={refresh}
        >
          {t('embed.openFull')}
          <span aria-hidden="true"> ↗</span>
          <span className="sr-only"> {t('embed.newTab')}</span>
        </a>
      </footer>
    </div>
  );
}

/**
 * What an embed says instead of its part (an unknown part, trend or edition, a link that cannot
 * be read): a short message in the frame, with the link back under it. Never a blank frame.
 */
export function EmbedMessage({ children }: { readonly children: ReactNode }) {
  return (
    <p className="embed-message" role="alert">
      {children}
    </p>
  );
}
