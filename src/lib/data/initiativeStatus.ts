/**
 * An initiative's status on a given day, from its dated status ladder. A ladder step dated by year
 * or month applies from the first day of that year or month.
 */
import type { Initiative } from './schema.ts';
import type { InitiativeStatus } from './vocabulary.ts';

type StatusStep = Initiative['status'][number];

/** The step in force on `day` (YYYY-MM-DD): the latest one begun by then, or null before the first. */
export function statusStepAt(steps: readonly StatusStep[], day: string): StatusStep | null {
  let current: StatusStep | null = null;
  // A partial date sorts before every day it contains ("2009" < "2009-01-01"), so strings compare as dates.
  for (const step of steps) if (step.from <= day && (current === null || step.from >= current.from)) current = step;
  return current;
}

export function statusAt(initiative: Pick<Initiative, 'status'>, day: string): InitiativeStatus | null {
  return statusStepAt(initiative.status, day)?.status ?? null;
}

/** Each initiative's status on `day` (null: not yet proposed then). */
export function initiativeStatusesAt(initiatives: readonly Pick<Initiative, 'id' | 'status'>[], day: string): Map<string, InitiativeStatus | null> {
  return new Map(initiatives.map((initiative) => [initiative.id, statusAt(initiative, day)]));
}
