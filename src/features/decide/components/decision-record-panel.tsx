import { useId, useState } from 'react';
import type { Edition, Route } from '../../../domain/edition/schema';
import type { Weights } from '../../../domain/scoring';
import { Button } from '../../../components/ui/button';
import { useClipboard } from '../../../hooks/use-clipboard';
import { downloadBlob } from '../../../lib/download';
import { decisionRecord, recordFileName, type DecisionRecordInput } from '../model/decision-record';
import type { TextContext } from '../model/text';

/** Today in the reader's time zone, `YYYY-MM-DD`: the one date a record carries. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The decision record's controls: the record's number (1–9999, 0001 by default), Download (a
 * `NNNN-choose-….md` file) and Copy Markdown. The record is written when asked for, not on every
 * weight change, and links to the view as it is then (`location.href`).
 */
export function DecisionRecordPanel({
  context,
  edition,
  routes,
  weights,
  analysis,
}: {
  readonly context: TextContext;
  readonly edition: Edition;
  readonly routes: readonly Route[];
  readonly weights: Weights;
  /** The view's "How firm" for these routes and weights, when it has caught up with them. */
  readonly analysis?: DecisionRecordInput['analysis'];
}) {
  const { t } = context;
  const numberId = useId();
  const [number, setNumber] = useState(1);
  const clipboard = useClipboard();
  const write = () =>
    decisionRecord(context, { edition, routes, weights, date: today(), permalink: window.location.href, analysis });
  const fileName = recordFileName(number, { edition, routes });

  return (
    <div className="decision-record">
      <h3>{t('decisionRecord.heading')}</h3>
      <p className="section-intro">{t('decisionRecord.intro')}</p>
      <div className="decision-record__controls">
        <label htmlFor={numberId}>{t('decisionRecord.number')}</label>
        <input
          id={numberId}
          type="number"
          min={1}
          max={9999}
          step={1}
          value={number}
          onChange={(event) => {
            const value = Math.round(Number(event.target.value));
            setNumber(Number.isFinite(value) ? Math.min(9999, Math.max(1, value)) : 1);
          }}
        />
        <Button
          aria-describedby={`${numberId}-file`}
          onClick={() => downloadBlob(fileName, new Blob([write()], { type: 'text/markdown;charset=utf-8' }))}
        >
          {t('decisionRecord.button')}
        </Button>
        <Button variant="quiet" onClick={() => void clipboard.copy(write())}>
          {t('decisionRecord.copy')}
        </Button>
        <code id={`${numberId}-file`}>{fileName}</code>
      </div>
      <p role="status" className="decision-record__status">
        {clipboard.state === 'copied'
          ? t('decisionRecord.copied')
          : clipboard.state === 'failed'
            ? t('decisionRecord.copyFailed')
            : ''}
      </p>
    </div>
  );
}
