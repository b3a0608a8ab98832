/** The lexicon: one file per signal family. */
export * from './analysis.js';
export * from './attribution.js';
export * from './checkable.js';
export * from './evaluation.js';
export * from './hedges.js';
export * from './informal.js';
export * from './shapes.js';
export * from './site-text.js';
export * from './sources.js';
export * from './writer-voice.js';
export * from './abbreviations.js';
export * from './grammar.js';
