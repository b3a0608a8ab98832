/** What the lesson screen gives every exercise's screen component (renderer/src/exercises/*Exercise.svelte). */
import type { AttemptView } from '../../../electron/shared/contract.js';

export interface ExerciseProps {
  view: AttemptView;
  /** True while a dialog (introduction, shortcuts) is open: the exercise's keys must not act. */
  paused: boolean;
  onsummary: (attemptId: number) => void;
  onerror: (error: unknown) => void;
  /** Says something in the screen's polite live region (feedback, "saved"). */
  onannounce: (message: string) => void;
}
