import type { Route } from '../../../domain/edition/schema';
import { scoreConfidence } from '../../../domain/edition/model';
import { inSentence, oneLine } from './format';
import { criterionInSentence, type TextContext } from './text';

/**
 * One option's pros and cons: a "Good, because" per strength and a "Bad, because" per weakness, each
 * followed by the rationales of the scores that cite that clause; a route without clauses (a user's
 * spreadsheet row) gets one line per score instead: good from 4, bad to 2, neutral at 3.
 */
export function prosAndCons(
  context: TextContext,
  route: Route,
  bullet: (text: string, depth?: number) => void,
  heading: (level: number, text: string) => void,
): void {
  const { t, locale, criteria } = context;
  heading(3, route.name[locale]);
  const rationale = (criterionId: string) => {
    const score = route.scores[criterionId];
    if (!score) return undefined;
    const confidence = scoreConfidence(route, criterionId);
    const label = criteria.find((criterion) => criterion.id === criterionId)?.label[locale] ?? criterionId;
    return t('decisionRecord.md.rationale', {
      criterion: label,
      score: score.value,
      mark:
        confidence === 'inferred'
          ? t('decisionRecord.md.markInferred')
          : confidence === 'guess'
            ? t('decisionRecord.md.markGuess')
            : '',
      // The article's rationales end in the inferred tag, which the mark already says.
      rationale: score.rationale[locale].replace(/\s*(（推断）|\(inferred\))(?=[。.]?$)/u, ''),
    });
  };
  const clauses = [
    ...route.strengths.map((clause, index) => ({ key: 'good' as const, clause, cite: `strengths[${index}]` })),
    ...route.weaknesses.map((clause, index) => ({ key: 'bad' as const, clause, cite: `weaknesses[${index}]` })),
  ];
  if (clauses.length > 0) {
    for (const { key, clause, cite } of clauses) {
      bullet(
        t(`decisionRecord.md.${key}`, {
          text: t('decisionRecord.md.clause', { clause: inSentence(oneLine(clause[locale]), locale) }),
        }),
      );
      for (const criterion of criteria) {
        if (!route.scores[criterion.id]?.cites.includes(cite)) continue;
        const text = rationale(criterion.id);
        if (text) bullet(text, 1);
      }
    }
    return;
  }
  for (const criterion of criteria) {
    const value = route.scores[criterion.id]?.value;
    if (value === undefined) continue;
    const [key, textKey] =
      value >= 4 ? ['good', 'scoreHigh'] : value <= 2 ? ['bad', 'scoreLow'] : ['neutral', 'scoreMid'];
    bullet(
      t(`decisionRecord.md.${key}`, {
        text: t(`decisionRecord.md.${textKey}`, {
          criterion: criterionInSentence(context, criterion.id),
          score: value,
        }),
      }),
    );
    const text = rationale(criterion.id);
    if (text) bullet(text, 1);
  }
}
