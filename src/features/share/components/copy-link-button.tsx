import { useEffect, useState } from 'react';
import { shareableUrl } from '../../../lib/url-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "Copy link": copies the current address (with the reading language) to the clipboard and says
 * so for a few seconds. Where the clipboard is refused, it says so and shows the link to copy by hand.
 */
export function CopyLinkButton() {
  const { t, locale } = useUiLocale();
  const [state, setState] = useState<CopyState>('idle');
  const [url, setUrl] = useState('');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  return (
    <div className="copy-link">
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          const link = shareableUrl(locale);
          setUrl(link);
          // Without a secure context (plain http on a LAN address) there is no clipboard at all.
          if (typeof navigator.clipboard === 'undefined') {
            setState('failed');
            return;
          }
          navigator.clipboard.writeText(link).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {state === 'copied' ? t('share.copied') : t('share.copy')}
      </button>
      <span className="sr-only" role="status">
        {state === 'copied' ? t('share.copied') : ''}
      </span>
      {state === 'failed' ? (
        <label className="copy-link__fallback">
          <span>{t('share.failed')}</span>
          <input type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}
