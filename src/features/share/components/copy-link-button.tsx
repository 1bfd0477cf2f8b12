import { useState } from 'react';
import { useClipboard } from '../../../hooks/use-clipboard';
import { shareableUrl } from '../../../lib/url-state';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { Button } from '../../../components/ui/button';

/**
 * What the link carries in its fragment: a comparison's JSON, or edited scores (`prefix`
 * `SCORES_LINK_PREFIX`), and the id of the edition the link names (`ed`).
 */
export interface CarriedComparison {
  readonly editionId: string;
  readonly value: unknown;
  /** The fragment's prefix (see ../model/edition-link); a comparison's by default. */
  readonly prefix?: string;
}

export interface CopyLinkProps {
  /**
   * Given, the link carries this comparison in its fragment (read on demand: the codec loads on
   * the first copy), so it opens in a browser that does not hold it.
   */
  readonly carry?: () => Promise<CarriedComparison>;
  /** Said beside "Link copied": what the link leaves out or carries beyond the address. */
  readonly note?: string;
  /** Offered when the link is too long for chat apps: the data file instead. */
  readonly onDownloadFile?: () => void;
}

/**
 * "Copy link": copies the current address (with the reading language) to the clipboard and says
 * so for a few seconds. With `carry`, the comparison rides in the fragment (`#c1.…`, which no
 * server ever sees); a link over the chat apps' limit is not copied but shown, with the data file
 * offered instead. Where the clipboard is refused, it says so and shows the link to copy by hand.
 */
export function CopyLinkButton({ carry, note, onDownloadFile }: CopyLinkProps) {
  const { t, locale } = useUiLocale();
  const { state, copy } = useClipboard();
  const [url, setUrl] = useState('');
  const [tooLong, setTooLong] = useState(false);

  // The link, and whether it is too long to copy for a chat app (only a carried comparison can be).
  const makeLink = async (): Promise<{ readonly link: string; readonly long: boolean }> => {
    const link = new URL(shareableUrl(locale));
    if (!carry) return { link: link.toString(), long: false };
    const [codec, carried] = await Promise.all([import('../model/edition-link'), carry()]);
    link.searchParams.set('ed', carried.editionId);
    link.hash = await codec.encodeEditionFragment(carried.value, carried.prefix);
    return { link: link.toString(), long: link.toString().length > codec.LINK_LENGTH_LIMIT };
  };

  return (
    <div className="copy-link">
      <Button
        size="small"
        onClick={() => {
          void (async () => {
            const { link, long } = await makeLink();
            setUrl(link);
            setTooLong(long);
            if (!long) await copy(link);
          })();
        }}
      >
        {state === 'copied' ? t('share.copied') : t('share.copy')}
      </Button>
      <span className="sr-only" role="status">
        {state === 'copied' ? t('share.copied') : ''}
      </span>
      {state === 'copied' && note ? <p className="copy-link__note">{note}</p> : null}
      {tooLong ? (
        <div className="copy-link__fallback" role="alert">
          <p>{t('share.tooLong', { count: url.length })}</p>
          {onDownloadFile ? (
            <Button size="small" onClick={onDownloadFile}>
              {t('share.downloadFile')}
            </Button>
          ) : null}
        </div>
      ) : state === 'failed' ? (
        <label className="copy-link__fallback">
          <span>{t('share.failed')}</span>
          <input type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}
