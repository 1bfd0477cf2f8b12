import * as Slider from '@radix-ui/react-slider';
import { useId, useRef } from 'react';
import { resolveAdviceCite } from '../../../domain/edition/model';
import type { Edition } from '../../../domain/edition/schema';
import { setWeight } from '../model/decide';
import { presetWeights, sameWeights } from '../model/presets';
import type { Weights } from '../../../domain/scoring';
import { useUiLocale } from '../../../lib/i18n/use-ui-locale';
import { formatPercent } from '../model/format';

/** Slider changes closer together than this (ms) belong to one drag or run of key presses. */
const BURST_MS = 1000;

export interface WeightsPanelProps {
  readonly edition: Pick<Edition, 'criteria' | 'presets' | 'trends' | 'summary'>;
  /** Percent per criterion, summing to 100. */
  readonly weights: Weights;
  /** `push` for a deliberate step (a preset, the first move of a drag), `replace` while dragging. */
  readonly onWeightsChange: (weights: Weights, history: 'push' | 'replace') => void;
}

/**
 * The weights of the Decide view: the edition's presets (each with the article advice it rests
 * on) and one accessible slider per criterion (Radix), 0–100 % in steps of 1; moving one slider
 * spreads the difference over the others so the total always stays 100 %.
 */
export function WeightsPanel({ edition, weights, onWeightsChange }: WeightsPanelProps) {
  const { t, locale } = useUiLocale();
  // A drag or a run of key presses is one step in the history, and spreads from the weights it began with.
  const burst = useRef<{ criterionId: string; anchor: Weights; at: number } | undefined>(undefined);
  const baseId = useId();
  const { criteria } = edition;
  const total = criteria.reduce((sum, criterion) => sum + (weights[criterion.id] ?? 0), 0);
  const activePreset = edition.presets.find((preset) =>
    sameWeights(presetWeights(preset, criteria), weights, criteria),
  );

  const citeLabel = (cite: string) => {
    const source = resolveAdviceCite(edition, cite);
    if (!source) return cite;
    if (source.kind === 'summary') return t('decide.citeSummary');
    return t('decide.citeAdvice', {
      number: edition.trends.indexOf(source.trend) + 1,
      item: source.index + 1,
      title: source.point.title[locale],
    });
  };

  return (
    <div className="weights">
      {edition.presets.length > 0 ? (
        <fieldset className="presets">
          <legend>{t('decide.presets')}</legend>
          <div className="preset-buttons">
            {edition.presets.map((preset) => (
              <button
                key={preset.id}
                type="button"
                className="preset__button"
                aria-pressed={preset.id === activePreset?.id}
                aria-describedby={`${baseId}-${preset.id}`}
                onClick={() => onWeightsChange(presetWeights(preset, criteria), 'push')}
              >
                {preset.name[locale]}
              </button>
            ))}
          </div>
          {/* Every description stays in the page as its button's accessible description; the active one shows. */}
          {edition.presets.map((preset) => (
            <p
              key={preset.id}
              id={`${baseId}-${preset.id}`}
              className={`preset__description${preset.id === activePreset?.id ? '' : ' sr-only'}`}
            >
              {preset.description[locale]}
              <span className="preset__source">
                {t('decide.basedOn', { cites: preset.cites.map(citeLabel).join(t('decide.citeJoiner')) })}
              </span>
            </p>
          ))}
          {activePreset ? null : <p className="preset__description">{t('decide.customWeights')}</p>}
        </fieldset>
      ) : null}

      <fieldset className="sliders">
        <legend>{t('decide.weightsLegend')}</legend>
        {criteria.map((criterion) => {
          const value = weights[criterion.id] ?? 0;
          const labelId = `${baseId}-label-${criterion.id}`;
          return (
            <div key={criterion.id} className="weight-row" data-criterion={criterion.id}>
              <span id={labelId} className="weight-row__label">
                {criterion.label[locale]}
              </span>
              <Slider.Root
                className="slider"
                value={[value]}
                min={0}
                max={100}
                step={1}
                onValueChange={([next = value]) => {
                  const now = Date.now();
                  const current = burst.current;
                  const fresh = !current || current.criterionId !== criterion.id || now - current.at > BURST_MS;
                  const anchor = fresh ? weights : current.anchor;
                  burst.current = { criterionId: criterion.id, anchor, at: now };
                  onWeightsChange(setWeight(anchor, criteria, criterion.id, next), fresh ? 'push' : 'replace');
                }}
              >
                <Slider.Track className="slider__track">
                  <Slider.Range className="slider__range" />
                </Slider.Track>
                <Slider.Thumb
                  className="slider__thumb"
                  aria-labelledby={labelId}
                  aria-valuetext={t('decide.percent', { value: formatPercent(value) })}
                />
              </Slider.Root>
              <output className="weight-row__value" aria-hidden="true">
                {t('decide.percent', { value: formatPercent(value) })}
              </output>
            </div>
          );
        })}
        <p className="weights__total">{t('decide.total', { value: formatPercent(total) })}</p>
      </fieldset>
    </div>
  );
}
