import { resolveCite, type Criterion, type Route } from '../../domain/edition-schema';
import { useUiLocale } from '../../lib/use-ui-locale';

/**
 * A route's score on each criterion with its rationale and the strength or weakness clauses it
 * cites, as a description list ("—" where the route has no score). `wide` lays the criteria out
 * side by side, for the table's details line.
 */
export function ScoreRationales({
  route,
  criteria,
  wide = false,
}: {
  readonly route: Route;
  readonly criteria: readonly Criterion[];
  readonly wide?: boolean;
}) {
  const { t, locale } = useUiLocale();
  return (
    <dl className={`rationale-list${wide ? ' rationale-list--wide' : ''}`}>
      {criteria.map((criterion) => {
        const score = route.scores[criterion.id];
        return (
          <div key={criterion.id} className="rationale">
            <dt>
              <span>{criterion.label[locale]}</span>
              <span className="rationale__value">{score ? score.value : t('routes.missing')}</span>
            </dt>
            {score ? (
              <dd>
                <p>{score.rationale[locale]}</p>
                <p className="rationale__cites">
                  <span>{t('score.basedOn')}</span>
                  {score.cites
                    .map((cite) => resolveCite(route, cite))
                    .filter((clause) => clause !== undefined)
                    .map((clause) => (
                      <span key={clause.text.en} className={`cite cite--${clause.kind}`}>
                        {clause.text[locale]}
                      </span>
                    ))}
                </p>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
