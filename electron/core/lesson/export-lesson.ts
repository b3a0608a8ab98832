/**
 * The lesson-with-key shape teachers script against (`sourcewise lesson export`): the fields in the
 * documented order, then the optional spans/attribution where the key has them; which exercises it offers.
 */
import { exercisesOffered } from '../exercises/registry.js';
import { lessonSettings, type LessonFile } from './lesson-schema.js';

export function exportLesson(lesson: LessonFile) {
  return {
    id: lesson.id,
    title: lesson.title,
    version: lesson.version,
    /** The exercises the lesson offers (kinds: sort, intruder, who, mark), for teachers' scripts. */
    exercises: exercisesOffered(lesson),
    settings: lessonSettings(lesson),
    passages: lesson.passages.map((p) => ({
      index: p.index,
      text: p.text,
      role: p.role,
      label: p.label,
      subtype: p.subtype,
      fromOutlet: p.fromOutlet,
      accept: p.accept,
      explanation: p.explanation,
      cues: p.cues.map(({ start, end, kind }) => ({ start, end, kind })),
      paragraph: p.paragraph,
      ...(p.spans ? { spans: p.spans } : {}),
      ...(p.attribution ? { attribution: p.attribution } : {}),
    })),
  };
}
