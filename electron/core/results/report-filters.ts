/** The report's filters as SQL conditions over the summary tables (which share these column names). */
import type { ReportFilters } from '../../shared/contract.js';

export function filterSql(f: ReportFilters, alias = ''): { where: string; params: Record<string, string> } {
  const p = alias ? `${alias}.` : '';
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (f.classId !== undefined) {
    conditions.push(`${p}class_id = @classId`);
    params.classId = f.classId;
  }
  if (f.lessonId !== undefined) {
    conditions.push(`${p}lesson_id = @lessonId`);
    params.lessonId = f.lessonId;
  }
  if (f.exercise !== undefined) {
    conditions.push(`${p}exercise = @exercise`);
    params.exercise = f.exercise;
  }
  if (f.from !== undefined) {
    conditions.push(`${p}day >= @from`);
    params.from = f.from;
  }
  if (f.to !== undefined) {
    conditions.push(`${p}day <= @to`);
    params.to = f.to;
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/**
 * The same filters over results_attempts (alias `a`) for the exports; the date range applies to `dateColumn`
 * (an ISO 8601 time: a day's times all sort between that day and the next).
 */
export function attemptFilterSql(
  f: ReportFilters,
  dateColumn: string,
  conditions: string[] = [],
): { where: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const add = (condition: string, name: string, value: string | undefined) => {
    if (value === undefined) return;
    conditions.push(condition);
    params[name] = value;
  };
  add('a.class_id = @classId', 'classId', f.classId);
  add('a.lesson_id = @lessonId', 'lessonId', f.lessonId);
  add('a.exercise = @exercise', 'exercise', f.exercise);
  add(`${dateColumn} >= @from`, 'from', f.from);
  add(`${dateColumn} < @toNext`, 'toNext', f.to === undefined ? undefined : nextDay(f.to));
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
