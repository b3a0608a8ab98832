/**
 * Informal writing: the words and idioms of comment sections and chat.
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

/** Informal register: chat abbreviations and slang, seldom printed by an outlet outside quotes. */
export const INFORMAL_WORDS = words(`
  lol lmao rofl omg tbh imo imho smh fwiw idk btw ppl pls plz thx u ur gonna wanna gotta kinda sorta
  mate yeah yep nope ok okay gutted cheers haha hahaha wtf ffs jeez meh duh ugh wow yikes typical
  dont cant wont doesnt isnt didnt im ive thats theres whats youre hes shes theyre couldnt wouldnt shouldnt
`);

/** Idioms of the comment section: they rarely appear in an outlet's own sentences. */
export const COMMENT_IDIOMS = [
  'great article',
  'good article',
  'great piece',
  'interesting article',
  'interesting piece',
  'well said',
  'spot on',
  'so true',
  'just saying',
  'funny how',
  'stay safe',
  'thoughts and prayers',
  'thoughts with',
  'good luck',
  'give me a break',
  'my foot',
  'here we go',
  'wake up',
  'come on',
  'no way',
  'what a joke',
  'what a shame',
  'shame on',
  "can't believe",
  'cant believe',
  'who cares',
  'nobody asked',
  'nobody cares',
  'as usual',
  'same old',
  'says it all',
  'tell me about it',
  'you do realise',
  'you do realize',
  'does anyone know',
  'anyone know',
  'does anybody know',
  'thanks for',
  'thank you for',
];
