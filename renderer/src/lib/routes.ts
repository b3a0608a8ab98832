/** The app's screens: App.svelte keeps one of these in $state; there is no router library. */
import type { ArticleKind, AttemptView, Profile } from '../../../electron/shared/contract.js';

/** Pasted text carried across a lapsed teacher lock, so the teacher does not have to paste it again. */
export interface KeptPaste {
  text: string;
  format: ArticleKind;
}

export type Route =
  | { screen: 'profiles' }
  | { screen: 'library'; profile: Profile }
  | { screen: 'lesson'; profile: Profile; view: AttemptView }
  | { screen: 'summary'; profile: Profile; attemptId: number }
  /** `notice`: why the PIN is asked again (the lock lapsed); `keep`: the article being worked on. */
  | { screen: 'teacher-pin'; notice?: string; keep?: KeptPaste }
  | { screen: 'teacher'; keep?: KeptPaste }
  | { screen: 'progress'; profile: Profile }
  | { screen: 'class-results' };

export const SCREEN_TITLES: Record<Route['screen'], string> = {
  profiles: 'Who is studying?',
  library: 'Library',
  lesson: 'Lesson',
  summary: 'Summary',
  'teacher-pin': 'Teacher area',
  teacher: 'Suggest labels for an article',
  progress: 'My progress',
  'class-results': 'Class results',
};
