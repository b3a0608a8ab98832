/**
 * Site text: the vocabulary of a web page around an article (menus, banners, share prompts, credits, bylines).
 *
 * Generic English of news writing, not taken from any article or test sentence. Lowercase, straight
 * apostrophes (the tokenizer folds ’ to ').
 */
import { words } from './words.js';

/** Single words that are interface labels when they stand (almost) alone. */
export const FURNITURE_WORDS = words(`
  close advertisement advertising sponsored share tweet email print menu search subscribe subscriber
  subscribers subscription login logout signup newsletter newsletters cookies cookie comments comment reply
  like follow next previous more accept reject dismiss cancel ok okay continue home sections trending
  popular recommended related photograph photo image video watch listen updated published sort
  copyright facebook twitter whatsapp linkedin instagram telegram reddit pinterest youtube tiktok
  promoted partner content
`);

/** Phrases of web furniture: consent banners, paywalls, share and newsletter prompts, navigation. */
export const FURNITURE_PHRASES = [
  'privacy policy',
  'privacy choices',
  'privacy settings',
  'privacy notice',
  'cookie policy',
  'cookie settings',
  'use cookies',
  'use of cookies',
  'uses cookies',
  'terms of use',
  'terms of service',
  'terms and conditions',
  'by using this site',
  'by using our site',
  'by continuing',
  'by clicking',
  'you agree',
  'you consent',
  'accept all',
  'reject all',
  'manage preferences',
  'manage cookies',
  'sign up',
  'sign in',
  'log in',
  'log out',
  'subscribe to',
  'subscribe for',
  'already a subscriber',
  'free articles',
  'free article',
  'cancel anytime',
  'cancel any time',
  'in your inbox',
  'our newsletter',
  'the newsletter',
  'share this',
  'share on',
  'copy link',
  'read more',
  'read next',
  'more on this story',
  'most popular',
  'most viewed',
  'most shared',
  'most commented',
  'most watched',
  'community guidelines',
  'community standards',
  'house rules',
  'most read',
  'show more',
  'load more',
  'see more',
  'view more',
  'back to top',
  'skip to',
  'jump to',
  'follow us',
  'join the conversation',
  'comments are closed',
  'report this comment',
  'sort by',
  'listen to this article',
  'reuse this content',
  'tap to',
  'click here',
  'click to',
  'first published',
  'last modified',
  'last updated',
  'updated on',
  'published on',
  'this article is more than',
  'this article was',
  'sponsored content',
  'paid content',
  'paid post',
  'advertisement feature',
  'all rights reserved',
  'download the app',
  'download our app',
  'get the app',
  'enable notifications',
  'turn on notifications',
  'live updates',
  "editor's picks",
  'you might also like',
  'recommended for you',
  'related articles',
  'related stories',
  'contact us',
  'about us',
  'reporting by',
  'editing by',
  'additional reporting',
  'contributed to this report',
  'image caption',
  'image source',
  'getty images',
  'ap photo',
  'min read',
  'minute read',
  'hours ago',
  'minutes ago',
  'days ago',
  'your browser',
  'ad blocker',
  'support our journalism',
  'support us',
  'make a contribution',
  'donate now',
];

/** Label-like prefixes: "Related: …", "Photograph: …", "Watch: …". */
export const FURNITURE_PREFIXES = words(
  `related photograph photo image video watch listen read see sponsored advertisement updated published source credit caption topics tags filed more also newsletter podcast gallery audio subscribe`,
);

/**
 * Interface vocabulary of news sites: navigation, media credits, app and account prompts, comment
 * sections, live-page controls. Counted as site text only in short passages that are mostly such words.
 */
export const INTERFACE_WORDS = words(`
  topics topic explore view fullscreen gallery slideshow enlarge expand collapse toggle
  download app apps alerts alert notifications notification install
  enable javascript browser loading refresh reload retry error
  newest oldest recommended sort filter picks featured
  posted updated edited illustration illustrations graphic graphics credit credits composite
  correspondent editor reporter writer columnist contributor staff
  guidelines moderated moderation community discussion replies report flag
  key events pinned summary
  tips tip contact please
  privacy terms policy settings preferences account profile register
  listen play pause watch transcript
`);

/** Credit and byline prefixes: "Illustration: …", "Posted by …". */
export const CREDIT_PREFIXES = words(`illustration illustrations graphic graphics composite pictures picture design animation`);

/** Nouns for the page itself and its services: "this article", "our journalism", "your account". */
export const SITE_NOUNS = words(`
  article articles page pages story stories site website journalism coverage newsletter newsletters app
  section sections email inbox comment comments discussion consent commission link links reading
  briefing subscription subscriptions account accounts podcast podcasts edition homepage feed feeds
  notifications alerts settings cookies privacy newsroom journalists reporting corrections ads
`);

/** Verbs a page uses to address its reader as a user: "Save article", "Enter your email", "Open in app". */
export const UI_VERBS = words(`
  save gift print open share leave join enter manage continue read click tap follow sign subscribe
  download install watch listen get log register send email thank consider support donate skip view
  show hide load explore discover see visit try learn upgrade unlock renew start restore copy
`);

/** First words of a credit or metadata line: "Sponsored by …", "Published 14 March", "Filed under …". */
export const METADATA_OPENERS = words(`
  by posted written updated reported sponsored supported presented produced edited published filed
  photographed illustrated reporting additional
`);
