import { createContext } from 'react';
import type { ScoreOverride } from '../../domain/score-overrides';

/**
 * Saves the reader's own score of route `routeId` on criterion `criterionId` (a value 1–5 and a
 * reason), or with `undefined` goes back to the edition's score.
 */
export type ScoreChange = (routeId: string, criterionId: string, override: ScoreOverride | undefined) => void;

/**
 * How a route's details reach the reader's score store without every view between the page and
 * the table passing it on. Absent (`undefined`): scores are shown, not editable.
 */
export const ScoreChangeContext = createContext<ScoreChange | undefined>(undefined);
