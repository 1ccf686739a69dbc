/**
 * An initiative's status ladder for its card: the rungs of the vocabulary in order (proposed →
 * agreed → under construction → operating, or in force for an agreement), each with the dated
 * steps of the record that put the initiative on it, and where it stands on a given day.
 */
import type { Initiative } from './schema.ts';
import { statusStepAt } from './initiativeStatus.ts';
import type { InitiativeStatus } from './vocabulary.ts';

type StatusStep = Initiative['status'][number];

/**
 * `current`: the rung in force on the day; `passed`: reached by then and left; `later`: reached
 * only after the day; `skipped`: never a step of its own, but a later rung was reached (on or
 * before the day); `ahead`: not reached, or only after the day.
 */
export type RungState = 'current' | 'passed' | 'later' | 'skipped' | 'ahead';

export interface LadderRung {
  status: InitiativeStatus;
  state: RungState;
  /** The record's steps onto this rung, oldest first (a restated status is a further step). */
  steps: StatusStep[];
}

const CLIMB = ['proposed', 'agreed', 'under-construction'] as const;

/** The ladder of `initiative` as of `day` (YYYY-MM-DD); a step dated by year or month starts on its first day. */
export function statusLadder(initiative: Pick<Initiative, 'status'>, day: string): LadderRung[] {
  const uses = (status: InitiativeStatus) => initiative.status.some((step) => step.status === status);
  // An agreement comes into force; a corridor or a plant starts operating. Both only when the record says both.
  const top: InitiativeStatus[] = uses('in-force') && !uses('operating') ? ['in-force'] : uses('in-force') ? ['operating', 'in-force'] : ['operating'];
  const current = statusStepAt(initiative.status, day)?.status ?? null;
  const rungs = [...CLIMB, ...top].map((status) => ({
    status,
    steps: initiative.status.filter((step) => step.status === status).sort((a, b) => a.from.localeCompare(b.from)),
  }));
  const reached = rungs.map((rung) => rung.steps.some((step) => step.from <= day));
  const highestReached = reached.lastIndexOf(true);
  return rungs.map((rung, index): LadderRung => {
    const reachedBy = reached[index];
    let state: RungState;
    if (rung.status === current) state = 'current';
    else if (reachedBy) state = 'passed';
    else if (rung.steps.length > 0) state = 'later';
    else state = index < highestReached ? 'skipped' : 'ahead';
    return { status: rung.status, state, steps: rung.steps };
  });
}
