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
  /**
   * `notice`: why the PIN is asked again (the lock lapsed); `keep`: the article being worked on; `then`:
   * the teacher screen to return to once unlocked (the article library when absent).
   */
  | { screen: 'teacher-pin'; notice?: string; keep?: KeptPaste; then?: TeacherRoute }
  | { screen: 'progress'; profile: Profile }
  | TeacherRoute;

/** The teacher area's screens (behind the PIN). */
export type TeacherRoute =
  /** The analyzer on its own: suggestions for an article, and a lesson file drafted from them. */
  | { screen: 'teacher'; keep?: KeptPaste }
  | { screen: 'teacher-library' }
  | { screen: 'teacher-editor'; articleId: number }
  | { screen: 'teacher-lessons' }
  | { screen: 'class-results' };

export function isTeacherRoute(route: Route): route is TeacherRoute {
  return (route.screen.startsWith('teacher') && route.screen !== 'teacher-pin') || route.screen === 'class-results';
}

export const SCREEN_TITLES: Record<Route['screen'], string> = {
  profiles: 'Who is studying?',
  library: 'Library',
  lesson: 'Lesson',
  summary: 'Summary',
  'teacher-pin': 'Teacher area',
  teacher: 'Suggest labels for an article',
  'teacher-library': 'Article library',
  'teacher-editor': 'Key an article',
  'teacher-lessons': 'Lessons and packs',
  progress: 'My progress',
  'class-results': 'Class results',
};
