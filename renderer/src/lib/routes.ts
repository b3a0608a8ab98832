/** The app's screens: App.svelte keeps one of these in $state; there is no router library. */
import type { AttemptView, Profile } from '../../../electron/shared/contract.js';

export type Route =
  | { screen: 'profiles' }
  | { screen: 'library'; profile: Profile }
  | { screen: 'lesson'; profile: Profile; view: AttemptView }
  | { screen: 'summary'; profile: Profile; attemptId: number };

export const SCREEN_TITLES: Record<Route['screen'], string> = {
  profiles: 'Who is studying?',
  library: 'Library',
  lesson: 'Sort the passages',
  summary: 'Summary',
};
