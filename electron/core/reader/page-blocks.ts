/**
 * Every block of a saved page in page order, each marked with the part of the page its markup puts it in:
 * a comment thread, consent text, a banner, related links, navigation, or nothing in particular.
 * Readability finds the article; this pass keeps the rest, so that a teacher can pull a reader comment or
 * a cookie banner into a lesson on purpose.
 *
 * htmlparser2's streaming parser (no DOM, no recursion, linear). The innermost element whose tag, role,
 * class or id says what it is decides a block's part. <html> and <body> are not consulted: a class such as
 * `ads-enabled` on <html> says something about the site, not about every block in it.
 */
import { Parser } from 'htmlparser2';
import type { BlockPart } from '../../shared/contract.js';
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS } from '../analyzer/html-tags.js';

export interface PageBlock {
  text: string;
  heading: boolean;
  /** What the markup says; 'other' when it says nothing (then it is article text or unmarked furniture). */
  part: BlockPart;
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

// Bounded alternations over short attribute strings (cut to 300 characters): linear, no backtracking blow-up.
const W = (words: string) => new RegExp(`(?:^|[\\s_-])(?:${words})(?:$|[\\s_-])`, 'i');
const COMMENT = W('comments?|comment-list|reply|replies|ugc|discussion|disqus|user-content|respond');
const CONSENT = W('cookies?|consent|gdpr|cmp|privacy-notice|privacy-banner');
const BANNER = W(
  'banner|newsletter|subscribe|subscription|paywall|promo|advert|advertisement|ads?|sponsor(?:ed)?|popup|modal|overlay|signup|sign-up|alert',
);
const RELATED = W(
  'related|recommended|more-stories|outbrain|taboola|trending|popular|most-read|teaser|read-more|further-reading',
);
const NAVIGATION = W(
  'nav|navbar|navigation|menu|breadcrumbs?|header|masthead|footer|toolbar|share|sharing|social|sidebar|skip-link|pagination|tags',
);

function partOf(name: string, attribs: Record<string, string>): BlockPart | null {
  const role = attribs.role ?? '';
  const attr = `${attribs.class ?? ''} ${attribs.id ?? ''} ${role}`.slice(0, 300);
  if (COMMENT.test(attr)) return 'comment';
  if (CONSENT.test(attr)) return 'consent';
  if (RELATED.test(attr)) return 'related';
  if (BANNER.test(attr) || name === 'dialog') return 'banner';
  if (NAVIGATION.test(attr) || role === 'navigation' || role === 'banner' || role === 'contentinfo') return 'navigation';
  if (name === 'nav' || name === 'footer' || name === 'header' || name === 'menu' || name === 'aside' || name === 'form')
    return 'navigation';
  return null;
}

interface Frame {
  name: string;
  skip: boolean;
  part: BlockPart | null;
  heading: boolean;
}

export function pageBlocks(html: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  const stack: Frame[] = [];
  let buffer = '';
  const top = (): Frame | undefined => stack[stack.length - 1];
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text.length === 0) return;
    const f = top();
    blocks.push({ text, heading: f?.heading ?? false, part: f?.part ?? 'other' });
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (BLOCK_TAGS.has(name)) flush();
        const parent = top();
        const own = name === 'html' || name === 'body' ? null : partOf(name, attribs);
        const frame: Frame = {
          name,
          skip:
            (parent?.skip ?? false) ||
            SKIP_TAGS.has(name) ||
            attribs.hidden !== undefined ||
            attribs['aria-hidden'] === 'true' ||
            /display:\s*none/i.test((attribs.style ?? '').slice(0, 200)),
          part: own ?? parent?.part ?? null,
          heading: (parent?.heading ?? false) || HEADING_TAGS.has(name),
        };
        if (!VOID.has(name)) stack.push(frame);
      },
      ontext(data) {
        if (top()?.skip) return;
        buffer += data;
      },
      onclosetag(name) {
        if (BLOCK_TAGS.has(name)) flush();
        // pop to the matching element; bounded so that stray closing tags over a deep stack stay linear
        for (let i = stack.length - 1; i >= 0 && i >= stack.length - 64; i--) {
          if (stack[i]!.name === name) {
            stack.length = i;
            break;
          }
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
