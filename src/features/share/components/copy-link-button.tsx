import { useState } from 'react';
import { useClipboard } from '../../../hooks/use-clipboard';
import { shareableUrl } from '../../../lib/url-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';

/**
 * "Copy link": copies the current address (with the reading language) to the clipboard and says
 * so for a few seconds. Where the clipboard is refused, it says so and shows the link to copy by hand.
 */
export function CopyLinkButton() {
  const { t, locale } = useUiLocale();
  const { state, copy } = useClipboard();
  const [url, setUrl] = useState('');

  return (
    <div className="copy-link">
      <Button
        size="small"
        onClick={() => {
          const link = shareableUrl(locale);
          setUrl(link);
          void copy(link);
        }}
      >
        {state === 'copied' ? t('share.copied') : t('share.copy')}
      </Button>
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
