/**
 * Where a student is, remembered in the browser so that a reload or a restart returns them to the lesson
 * they were in, not to the profile screen: sessionStorage for this tab or window (a reload), and
 * localStorage for the last place on this computer (a restart of the app, whose window starts a new
 * session). The attempt itself is in the database; only the way back to it is kept here.
 */
import type { ExerciseKind } from '../../../electron/shared/exercises.js';

export interface Place {
  profileId: number;
  lessonId: string;
  exercise: ExerciseKind;
}

const KEY = 'sourcewise.place';

function read(storage: Storage): Place | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const p = JSON.parse(raw) as Partial<Place>;
    return typeof p.profileId === 'number' && typeof p.lessonId === 'string' && typeof p.exercise === 'string'
      ? (p as Place)
      : null;
  } catch {
    return null; // storage disabled or a broken value: start at the profiles screen
  }
}

export function rememberPlace(place: Place | null): void {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      if (place) storage.setItem(KEY, JSON.stringify(place));
      else storage.removeItem(KEY);
    } catch {
      // storage unavailable: the student simply starts at the profiles screen next time
    }
  }
}

export function rememberedPlace(): Place | null {
  return read(sessionStorage) ?? read(localStorage);
}

const introKey = (profileId: number) => `sourcewise.intro-seen.${profileId}`;

export function introSeen(profileId: number): boolean {
  try {
    return localStorage.getItem(introKey(profileId)) === '1';
  } catch {
    return true;
  }
}

export function markIntroSeen(profileId: number): void {
  try {
    localStorage.setItem(introKey(profileId), '1');
  } catch {
    // nothing to do: the introduction shows again next time
  }
}
