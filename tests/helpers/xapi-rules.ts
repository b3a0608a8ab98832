/**
 * The xAPI 1.0.3 statement rules (Data, section 2.4 of the specification) that a learning record store
 * checks, written from the specification independently of the code that makes the statements. Returns
 * the rules a statement breaks (empty: valid).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const IRL = /^https?:\/\/[^\s]+$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// ISO 8601 date-time with a zone (the spec requires a timestamp that includes a time zone offset or Z)
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];
const STATEMENT_KEYS = [
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function xapiViolations(statement: unknown): string[] {
  const out: string[] = [];
  const fail = (rule: string) => out.push(rule);
  if (!isObj(statement)) return ['a statement is a JSON object'];
  const walkNull = (v: unknown, path: string) => {
    if (v === null) fail(`${path} is null (not allowed)`);
    else if (Array.isArray(v)) v.forEach((x, i) => walkNull(x, `${path}[${i}]`));
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) walkNull(x, `${path}.${k}`);
  };
  walkNull(statement, 'statement');
  for (const k of Object.keys(statement)) if (!STATEMENT_KEYS.includes(k)) fail(`unknown property ${k}`);
  const s = statement;
  if (s.id !== undefined && (typeof s.id !== 'string' || !UUID.test(s.id))) fail('id is a UUID');
  const languageMap = (v: unknown, path: string) => {
    if (!isObj(v)) return fail(`${path} is a language map`);
    for (const [k, x] of Object.entries(v)) {
      if (!LANGUAGE_TAG.test(k)) fail(`${path} key ${k} is an RFC 5646 tag`);
      if (typeof x !== 'string') fail(`${path}.${k} is a string`);
    }
  };
  // actor: an Agent with exactly one inverse functional identifier
  if (!isObj(s.actor)) fail('actor is required');
  else {
    const a = s.actor;
    if (a.objectType !== undefined && a.objectType !== 'Agent') fail('actor.objectType is Agent');
    const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a[k] !== undefined);
    if (ifis.length !== 1) fail('an Agent has exactly one inverse functional identifier');
    if (a.account !== undefined) {
      if (!isObj(a.account)) fail('account is an object');
      else {
        if (typeof a.account.homePage !== 'string' || !IRL.test(a.account.homePage)) fail('account.homePage is an IRL');
        if (typeof a.account.name !== 'string' || a.account.name === '') fail('account.name is a string');
      }
    }
    if (a.name !== undefined && typeof a.name !== 'string') fail('actor.name is a string');
  }
  if (!isObj(s.verb)) fail('verb is required');
  else {
    if (typeof s.verb.id !== 'string' || !IRI.test(s.verb.id)) fail('verb.id is an IRI');
    if (s.verb.display !== undefined) languageMap(s.verb.display, 'verb.display');
  }
  const activity = (o: unknown, path: string) => {
    if (!isObj(o)) return fail(`${path} is an object`);
    if (o.objectType !== undefined && o.objectType !== 'Activity') fail(`${path}.objectType is Activity`);
    if (typeof o.id !== 'string' || !IRI.test(o.id)) fail(`${path}.id is an IRI`);
    if (o.definition !== undefined) {
      if (!isObj(o.definition)) return fail(`${path}.definition is an object`);
      const d = o.definition;
      if (d.name !== undefined) languageMap(d.name, `${path}.definition.name`);
      if (d.description !== undefined) languageMap(d.description, `${path}.definition.description`);
      if (d.type !== undefined && (typeof d.type !== 'string' || !IRI.test(d.type))) fail(`${path}.definition.type is an IRI`);
      if (d.interactionType !== undefined && !INTERACTION_TYPES.includes(d.interactionType as string))
        fail(`${path}.definition.interactionType is one of the defined types`);
    }
  };
  if (s.object === undefined) fail('object is required');
  else activity(s.object, 'object');
  if (s.result !== undefined) {
    if (!isObj(s.result)) fail('result is an object');
    else {
      const r = s.result;
      if (r.score !== undefined) {
        if (!isObj(r.score)) fail('result.score is an object');
        else {
          const { scaled, raw, min, max } = r.score as { scaled?: number; raw?: number; min?: number; max?: number };
          if (scaled !== undefined && !(typeof scaled === 'number' && scaled >= -1 && scaled <= 1))
            fail('score.scaled is in [-1, 1]');
          if (min !== undefined && max !== undefined && !(min < max)) fail('score.min is less than score.max');
          if (raw !== undefined && min !== undefined && raw < min) fail('score.raw is at least score.min');
          if (raw !== undefined && max !== undefined && raw > max) fail('score.raw is at most score.max');
        }
      }
      if (r.success !== undefined && typeof r.success !== 'boolean') fail('result.success is a boolean');
      if (r.completion !== undefined && typeof r.completion !== 'boolean') fail('result.completion is a boolean');
      if (r.response !== undefined && typeof r.response !== 'string') fail('result.response is a string');
      if (r.duration !== undefined && (typeof r.duration !== 'string' || !DURATION.test(r.duration)))
        fail('result.duration is an ISO 8601 duration');
    }
  }
  if (s.context !== undefined) {
    if (!isObj(s.context)) fail('context is an object');
    else {
      const c = s.context;
      if (c.registration !== undefined && (typeof c.registration !== 'string' || !UUID.test(c.registration)))
        fail('context.registration is a UUID');
      if (c.contextActivities !== undefined) {
        if (!isObj(c.contextActivities)) fail('contextActivities is an object');
        else
          for (const [k, v] of Object.entries(c.contextActivities)) {
            if (!['parent', 'grouping', 'category', 'other'].includes(k)) fail(`contextActivities.${k} is not a defined key`);
            for (const [i, a] of (Array.isArray(v) ? v : [v]).entries()) activity(a, `context.contextActivities.${k}[${i}]`);
          }
      }
    }
  }
  if (s.timestamp !== undefined && (typeof s.timestamp !== 'string' || !TIMESTAMP.test(s.timestamp)))
    fail('timestamp is ISO 8601 with a zone');
  return out;
}
