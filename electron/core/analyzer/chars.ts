/**
 * Character codes the scanners compare with, by name: the scanners read text one UTF-16 code unit at a
 * time (charCodeAt), and a name says which character a comparison is about. A const enum, so the names
 * compile to the numbers.
 */
export const enum Ch {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Exclamation = 0x21, // !
  DoubleQuote = 0x22, // "
  Apostrophe = 0x27, // '
  OpenParen = 0x28, // (
  CloseParen = 0x29, // )
  Comma = 0x2c, // ,
  Hyphen = 0x2d, // -
  Period = 0x2e, // .
  Slash = 0x2f, // /
  Digit0 = 0x30,
  Digit9 = 0x39,
  Colon = 0x3a, // :
  Semicolon = 0x3b, // ;
  Question = 0x3f, // ?
  At = 0x40, // @
  UpperA = 0x41,
  UpperZ = 0x5a,
  OpenBracket = 0x5b, // [
  CloseBracket = 0x5d, // ]
  LowerA = 0x61,
  LowerZ = 0x7a,
  OpenBrace = 0x7b, // {
  Bar = 0x7c, // |
  /** the first code unit past ASCII */
  NonAscii = 0x80,
  NoBreakSpace = 0xa0,
  LeftGuillemet = 0xab, // «
  RightGuillemet = 0xbb, // »
  /** Latin letters with diacritics: À … ɏ, less × and ÷ */
  LatinLettersFirst = 0xc0,
  Times = 0xd7,
  Divide = 0xf7,
  LatinLettersLast = 0x24f,
  /** Greek onwards (Cyrillic, Armenian, Hebrew, Arabic, Indic…), up to the General Punctuation block */
  OtherScriptsFirst = 0x370,
  GeneralPunctuationFirst = 0x2000,
  ZeroWidthSpace = 0x200b,
  EnDash = 0x2013, // –
  EmDash = 0x2014, // —
  LeftSingleQuote = 0x2018, // ‘
  RightSingleQuote = 0x2019, // ’ (also the curly apostrophe)
  LeftDoubleQuote = 0x201c, // “
  RightDoubleQuote = 0x201d, // ”
  Ellipsis = 0x2026, // …
}
