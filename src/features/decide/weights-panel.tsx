import * as Slider from '@radix-ui/react-slider';
import { useId, useRef } from 'react';
import { resolveAdviceCite, type Criterion, type Edition, type Preset } from '../../domain/edition-schema';
import { setWeight } from '../../domain/decide';
import type { Weights } from '../../domain/scoring';
import { useUiLocale } from '../../lib/use-ui-locale';
import { formatPercent } from './format';

/** A preset's relative weights as percentages over `criteria` (summing to 100). */
export function presetWeights(preset: Preset, criteria: readonly Pick<Criterion, 'id'>[]): Weights {
  const total = criteria.reduce((sum, criterion) => sum + (preset.weights[criterion.id] ?? 0), 0);
  return Object.fromEntries(
    criteria.map((criterion) => [criterion.id, ((preset.weights[criterion.id] ?? 0) * 100) / total]),
  );
}

function sameWeights(a: Weights, b: Weights, criteria: readonly Pick<Criterion, 'id'>[]): boolean {
  return criteria.every((criterion) => Math.abs((a[criterion.id] ?? 0) - (b[criterion.id] ?? 0)) < 1e-6);
}

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
  const dragging = useRef(false);
  const baseId = useId();
  const { criteria } = edition;
  const total = criteria.reduce((sum, criterion) => sum + (weights[criterion.id] ?? 0), 0);

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
          <ul className="preset-list">
            {edition.presets.map((preset) => {
              const active = sameWeights(presetWeights(preset, criteria), weights, criteria);
              const descriptionId = `${baseId}-${preset.id}`;
              return (
                <li key={preset.id} className={`preset${active ? ' preset--active' : ''}`}>
                  <button
                    type="button"
                    className="preset__button"
                    aria-pressed={active}
                    aria-describedby={descriptionId}
                    onClick={() => onWeightsChange(presetWeights(preset, criteria), 'push')}
                  >
                    {preset.name[locale]}
                  </button>
                  <p id={descriptionId} className="preset__description">
                    {preset.description[locale]}
                    <span className="preset__source">
                      {t('decide.basedOn')} {preset.cites.map(citeLabel).join(t('decide.citeJoiner'))}
                    </span>
                  </p>
                </li>
              );
            })}
          </ul>
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
                  onWeightsChange(
                    setWeight(weights, criteria, criterion.id, next),
                    dragging.current ? 'replace' : 'push',
                  );
                  dragging.current = true;
                }}
                onValueCommit={() => {
                  dragging.current = false;
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
