import { useState } from 'react';
import type { Edition } from '../../../domain/edition/schema';
import type { ExportTable } from '../../../domain/table-formats';
import { useClipboard } from '../../../hooks/use-clipboard';
import { downloadBlob } from '../../../lib/download';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { noteLoadFailure } from '../../../lib/load-failure';
import { Button } from '../../../components/ui/button';
import { Menu } from '../../../components/ui/menu';

export interface ExportMenuProps {
  /** The current view (filtered, sorted, visible columns, reading language) as a table. */
  readonly table: () => ExportTable;
  /** The edition shown, for the JSON download (a data file of the shown routes). */
  readonly edition: Edition;
  /** Ids of the shown routes, in the order shown. */
  readonly routeIds: () => readonly string[];
  /** File name without extension, e.g. `route-atlas-2024-en`. */
  readonly fileBase: string;
}

// The writers (and papaparse) load with the first export, not with the page.
const loadWriters = () => import('../../../domain/table-formats');

/**
 * "Export": copy the current view as a Markdown table, or download it as CSV (UTF-8 with BOM,
 * formula-safe) or as JSON in the data schema. Says what it did in a live region.
 */
export function ExportMenu({ table, edition, routeIds, fileBase }: ExportMenuProps) {
  const { t } = useUiLocale();
  const [status, setStatus] = useState('');
  // The export whose code did not load, for Try again.
  const [failed, setFailed] = useState<(() => Promise<void>) | undefined>(undefined);
  const { copy } = useClipboard();
  const run = (action: () => Promise<void>) =>
    void action().then(
      () => setFailed(undefined),
      (error: unknown) => {
        noteLoadFailure(error);
        setFailed(() => action);
        setStatus(t('export.codeMissing'));
      },
    );
  const copyMarkdown = async () => {
    const markdown = (await loadWriters()).toMarkdown(table());
    setStatus((await copy(markdown)) ? t('export.copied') : t('export.copyFailed'));
  };
  const downloadCsv = async () => {
    const { toCsv } = await loadWriters();
    downloadBlob(`${fileBase}.csv`, new Blob([toCsv(table())], { type: 'text/csv;charset=utf-8' }));
    setStatus(t('export.downloaded', { file: `${fileBase}.csv` }));
  };
  const downloadJson = async () => {
    const json = (await loadWriters()).toEditionJson(edition, routeIds());
    downloadBlob(`${fileBase}.json`, new Blob([json], { type: 'application/json' }));
    setStatus(t('export.downloaded', { file: `${fileBase}.json` }));
  };
  return (
    <Menu label={t('export.menu')}>
      <div className="menu__panel menu__panel--actions">
        <Button size="small" onClick={() => run(copyMarkdown)}>
          {t('export.markdown')}
        </Button>
        <Button size="small" onClick={() => run(downloadCsv)}>
          {t('export.csv')}
        </Button>
        <Button size="small" onClick={() => run(downloadJson)}>
          {t('export.json')}
        </Button>
        <p className="menu__status" role="status">
          {status}
        </p>
        {failed ? (
          <Button size="small" onClick={() => run(failed)}>
            {t('errorBoundary.retry')}
          </Button>
        ) : null}
      </div>
    </Menu>
  );
}
