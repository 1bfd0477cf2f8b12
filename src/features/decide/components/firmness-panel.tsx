import type { Firmness } from '../model/firmness';
import type { Sensitivity } from '../model/sensitivity';
import { firmnessText, type TextContext } from '../model/text';

/**
 * "How firm": the margin (a close call said as such), the weight interval over which the winner
 * holds, the smallest single-score change that hands the lead over, and a small bar per route for
 * how often it ranks first across plausible scores and weights, with one sentence on how those are drawn.
 */
export function FirmnessPanel({
  context,
  firmness,
  sensitivity,
}: {
  readonly context: TextContext;
  readonly firmness: Firmness;
  readonly sensitivity: Sensitivity;
}) {
  const { t } = context;
  const text = firmnessText(context, firmness, sensitivity);
  return (
    <div className="sensitivity firmness" data-close-call={firmness.closeCall ? 'true' : undefined}>
      <h3>{t('decisionRecord.firm.heading')}</h3>
      <p className={firmness.closeCall || firmness.tie ? 'firmness__flag' : undefined}>{text.margin}</p>
      {text.holds ? (
        <>
          <p>{text.holds}</p>
          <ul>
            {text.ranges.map((range, index) => (
              <li key={context.criteria[index]?.id ?? index}>{range}</li>
            ))}
          </ul>
        </>
      ) : null}
      {text.flips.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <h4>{t('decisionRecord.firm.simulationHeading')}</h4>
      <ul className="firmness__shares">
        {text.simulation.map((row) => (
          <li key={row.routeId} data-route-id={row.routeId}>
            <span>{row.text}</span>
            <span className="firmness__bar" aria-hidden="true">
              <span style={{ inlineSize: `${row.share * 100}%` }} />
            </span>
          </li>
        ))}
        {text.simulationRest ? (
          <li>
            <span>{text.simulationRest.text}</span>
            <span className="firmness__bar" aria-hidden="true">
              <span style={{ inlineSize: `${text.simulationRest.share * 100}%` }} />
            </span>
          </li>
        ) : null}
      </ul>
      <p className="section-intro">{text.simulationNote}</p>
    </div>
  );
}
