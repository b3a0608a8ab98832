/** Lesson format 2: what it adds, and format 1 files still loading unchanged. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { validateLesson } from '../../electron/core/lesson/parse-lesson.js';
import { LESSON_FORMAT, lessonSettings } from '../../electron/core/lesson/lesson-schema.js';
import { SEED_LESSON_FILE } from '../helpers/temp-dir.js';

const seed = () =>
  JSON.parse(fs.readFileSync(SEED_LESSON_FILE, 'utf8')) as Record<string, unknown> & {
    passages: Array<Record<string, unknown> & { attribution?: { verb?: Record<string, unknown> } }>;
  };

test('the seed is a format-2 lesson that lets the student choose mode and order', () => {
  const { lesson } = validateLesson(seed(), 'seed');
  assert.equal(lesson.format, LESSON_FORMAT);
  assert.deepEqual(lessonSettings(lesson), { mode: 'student_choice', order: 'student_choice' });
});

test('a format-1 lesson (no settings, no verb effects) still loads, with the default settings', () => {
  const v1 = seed();
  v1.format = 1;
  delete v1.settings;
  for (const p of v1.passages) delete p.attribution?.verb?.effect;
  const { lesson } = validateLesson(v1, 'old.json');
  assert.equal(lesson.format, 1);
  assert.deepEqual(lessonSettings(lesson), { mode: 'student_choice', order: 'page' });
});

test('format-2 additions in a format-1 file, bad settings and overlapping spans are refused by field', () => {
  const v1 = seed();
  v1.format = 1;
  assert.throws(() => validateLesson(v1, 'x.json'), /settings: settings need "format": 2/);
  const bad = seed();
  bad.settings = { mode: 'exam' };
  assert.throws(() => validateLesson(bad, 'x.json'), /settings\.mode/);
  const overlap = seed();
  const p = overlap.passages[17] as { spans: Array<{ start: number; end: number; voice: string }> };
  p.spans[1]!.start = p.spans[0]!.end - 3;
  assert.throws(() => validateLesson(overlap, 'x.json'), /passages\[17\]\.spans: spans overlap/);
});
