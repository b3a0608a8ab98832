/**
 * A student's own progress on this desktop, from their answers (through the local adapter) and the keys
 * they were graded against: accuracy per label per day, the subtypes missed most, d′/c once there are
 * enough fact-or-not decisions, and calibration where confidence was given.
 */
import type { Database } from 'better-sqlite3';
import { enoughDecisions, type MyProgress } from '../../shared/contract.js';
import { LABELS, type Label, type Subtype } from '../../shared/domain.js';
import { AppError } from '../app-error.js';
import { discernment, type FactDecision } from '../grading/signal-detection.js';
import { chosenLabel, factDecision } from './fact-decision.js';
import { dayOf } from './import-results.js';
import { LessonKeys } from './lesson-keys.js';
import { localAttempts } from './local-answers.js';

export function myProgress(db: Database, profileId: number): MyProgress {
  const name = db.prepare('SELECT name FROM profiles WHERE id = ?').pluck().get(profileId) as string | undefined;
  if (name === undefined) throw new AppError('not_found', `There is no profile ${profileId}.`);
  const keys = new LessonKeys(db);
  const overTime = new Map<string, { day: string; label: Label; total: number; correct: number }>();
  const perLabel = Object.fromEntries(LABELS.map((l) => [l, { total: 0, correct: 0 }])) as MyProgress['perLabel'];
  const subtypes = new Map<Subtype, { label: Label; missed: number; total: number }>();
  const calibration = { sure: { total: 0, correct: 0 }, unsure: { total: 0, correct: 0 } };
  const decisions: FactDecision[] = [];
  let answers = 0;
  for (const attempt of localAttempts(db, { profileId })) {
    const lesson = keys.get(attempt.lessonId, attempt.lessonVersion);
    for (const a of attempt.answers) {
      answers++;
      if (a.confidence) {
        calibration[a.confidence].total++;
        if (a.correct) calibration[a.confidence].correct++;
      }
      const passage = lesson && a.item >= 0 ? lesson.passages[a.item] : undefined;
      if (!passage || attempt.exercise !== 'sort') continue;
      const label = passage.label;
      const day = dayOf(a.answeredAt);
      const k = `${day}:${label}`;
      const point = overTime.get(k) ?? { day, label, total: 0, correct: 0 };
      point.total++;
      perLabel[label].total++;
      if (a.correct) {
        point.correct++;
        perLabel[label].correct++;
      }
      overTime.set(k, point);
      const sub = subtypes.get(passage.subtype as Subtype) ?? { label, missed: 0, total: 0 };
      sub.total++;
      if (!a.correct) sub.missed++;
      subtypes.set(passage.subtype as Subtype, sub);
      const d = factDecision(passage, chosenLabel(a.response));
      if (d) decisions.push(d);
    }
  }
  const measure = discernment(decisions);
  return {
    profileId,
    name,
    answers,
    overTime: [...overTime.values()].sort(
      (a, b) => a.day.localeCompare(b.day) || LABELS.indexOf(a.label) - LABELS.indexOf(b.label),
    ),
    perLabel,
    missed: [...subtypes.entries()]
      .filter(([, s]) => s.missed > 0)
      .map(([subtype, s]) => ({ label: s.label, subtype, missed: s.missed, total: s.total }))
      .sort((a, b) => b.missed - a.missed || b.missed / b.total - a.missed / a.total),
    discernment: enoughDecisions(measure) ? measure : null,
    decisions: decisions.length,
    calibration,
  };
}
