import { useEffect, useState } from 'react';
import { shareableUrl } from '../../lib/url-state';
import { useUiLocale } from '../../lib/use-ui-locale';

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
          navigator.clipboard.writeText(link).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {t('share.copy')}
      </button>
      <span className="copy-link__status" role="status">
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
