/** The screen of each exercise (one Svelte component per kind), and what the lesson screen says about it. */
import type { Component } from 'svelte';
import type { ExerciseKind } from '../../../electron/shared/exercises.js';
import type { ExerciseProps } from './exercise-props.js';
import IntruderExercise from './IntruderExercise.svelte';
import MarkExercise from './MarkExercise.svelte';
import SortExercise from './SortExercise.svelte';
import WhoExercise from './WhoExercise.svelte';

export const EXERCISE_SCREENS: Record<ExerciseKind, Component<ExerciseProps>> = {
  sort: SortExercise,
  intruder: IntruderExercise,
  who: WhoExercise,
  mark: MarkExercise,
};

/** One line under each exercise's name in the library. */
export const EXERCISE_BLURBS: Record<ExerciseKind, string> = {
  sort: 'Each passage in its place: reported fact, quoted claim, commentary or not part of the article?',
  intruder: 'The whole page: select every passage the outlet did not write.',
  who: 'For each quoted claim: what kind of source, and is the verb neutral or loaded?',
  mark: 'In mixed sentences: mark whose words are whose, word by word.',
};

/** The keyboard shortcuts of each exercise, for the `?` dialog. */
export const EXERCISE_SHORTCUTS: Record<ExerciseKind, Array<[string, string]>> = {
  sort: [
    ['1 – 4', 'answer: Reported fact, Quoted claim, Commentary, Not part of the article'],
    ['S / U', "mark the answer “I'm sure” / “I'm unsure” (press again to clear)"],
    ['H', 'a hint: the words worth a second look (practice mode)'],
    ['Enter', 'next passage, after the feedback'],
  ],
  intruder: [
    ['↑ ↓ ← →', 'move between passages'],
    ['Space', 'select or unselect the passage'],
    ['Shift + arrow', 'extend the selection to the next passage'],
    ['Enter', 'submit the page'],
  ],
  who: [
    ['1 – 5', 'the source: named, anonymous, vague, other media, document'],
    ['N / L', 'the verb: neutral or loaded'],
    ['↑ ↓', 'move inside a group of choices'],
    ['Enter', 'submit; after the feedback, next claim'],
  ],
  mark: [
    ['← →', 'move between words'],
    ['Space', 'mark or unmark the word'],
    ['Shift + ← →', 'extend the marking to the next word'],
    ['Enter', 'submit; after the feedback, next sentence'],
  ],
};
