// Reporters: the names in a byline's brackets or credits, and photo credits at the end of a caption.
// Bylines name the reporter after a role word (记者, 通讯员, 实习生, 作者, 文/图); a name written before the role
// with a space ("（X 见习记者 Y）") is a reporter too, while a media name is written straight onto it
// ("X日报记者 Y"). Editors (编辑, 责编, 审核) are people but never reporters.
import { compoundSurnames, MINORITY_NAME_SYLLABLES, surnameRank } from '../lexicon.ts';
import { minoritySyllables, validGiven } from './names.ts';
import { findPlaces } from './places.ts';

const ROLES = /(?:首席|见习|实习|特约|主任)?(?:记者|通讯员|实习生|摄影|作者|文\/图|图\/文)|(?<![\u4e00-\u9fff])[文图摄](?![\u4e00-\u9fff])/g;
/** Words after which the names are editors', not reporters': up to the next reporter role. */
const EDITORS = /(?:责任编辑|责编|编辑|审核|审校|校对|监制|值班主任)[^记通实作摄文图]*/g;
/** Words a byline writes where a name would be: anonymous, the site's own staff. */
const NOT_A_NAME = new Set(['佚名', '本站', '本网', '原创']);

/** Characters of institutions and dates: never in a name, even one a byline sets apart. */
const NEVER_IN_BYLINE_NAME = /[的了区市县省委局部处厅报讯网台社日月年届次]/;
const isName = (t: string): boolean =>
  /^[\u4e00-\u9fff]{2,4}$/.test(t) && !NOT_A_NAME.has(t) && (surnameRank.has(t[0]!) || compoundSurnames.has(t.slice(0, 2))) && validGiven(t.slice(1));
/**
 * A name a byline sets apart after a role word: the column spacing is the boundary, so a given name may hold
 * characters running text never puts in one (龙在全), and a rare surname the statistics lack counts when the
 * name has two or three characters.
 */
const isBylineName = (t: string): boolean =>
  isName(t) ||
  // A minority name set apart in a byline (乌日娜, 巴特尔) may hold characters a Han given name does not.
  (MINORITY_NAME_SYLLABLES.has(t) && t.length >= 3) ||
  minoritySyllables(t) || (/^[\u4e00-\u9fff]{2,4}$/.test(t) && !NOT_A_NAME.has(t) && !NEVER_IN_BYLINE_NAME.test(t) && (t.length <= 3 || compoundSurnames.has(t.slice(0, 2))) && findPlaces(t, new Set()).length === 0);

/** Reporters named in a byline's brackets or a photo credit. */
export function reportersOf(text: string): string[] {
  const names: string[] = [];
  // A surname and a given name set apart to fill the column ("姜 璐") are one name.
  // "X/文 Y/图": 文 after the slash is a role, not the surname 文.
  const credits = text.replace(EDITORS, ' ').replace(/(?<![\u4e00-\u9fff\/／])([\u4e00-\u9fff]) ([\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff])/g, (all, a: string, b: string) => (surnameRank.has(a) ? a + b : all));
  const parts = credits.split(ROLES);
  // "本报讯（甲乙 丙丁）": names alone in a byline's brackets, no role word, are its reporters.
  if (parts.length === 1) {
    const tokens = credits.split(/[\s、，,]+/).filter(Boolean);
    return tokens.length > 0 && tokens.length <= 4 && tokens.every(isName) ? [...new Set(tokens)] : [];
  }
  // The part before the first role word is the newspaper's name, unless a name stands apart from the role.
  const head = /(?:^|[（(\s])([\u4e00-\u9fff]{2,3})\s+$/.exec(parts[0] ?? '');
  if (parts.length > 1 && head && isName(head[1]!) && !/[社报网台]$/.test(head[1]!)) names.push(head[1]!);
  for (const part of parts.slice(1)) {
    let named = false;
    for (const tok of part.split(/[\s、，,\/｜|：:]+/)) {
      const t = tok.replace(/[（）()【】]/g, '');
      // "记者 X 衡阳报道": after the names, what stands before 报道 is where the report was filed.
      if (named && /.报道$/.test(t) && !/^(?:整理|摄影)报道$/.test(t)) continue;
      const name = t.replace(/(?:整理|摄影)?报道$/, '');
      if (isBylineName(name)) {
        names.push(name);
        named = true;
      }
    }
  }
  return [...new Set(names)];
}

/** Photo credits at the end of a caption: "龙岗融媒记者 林德全 摄", "招商签约现场 摄影 X", "现场 X 摄影报道". */
export function captionCredit(text: string): string[] {
  const m = /(?:记者|摄影|通讯员)\s*((?:[\u4e00-\u9fff]{2,4}[\s、]*)+?)\s*(?:摄|供图)\s*）?\s*$/.exec(text) ?? /\s摄影(?!报道)\s*[:：]?\s*([\u4e00-\u9fff]{2,4})\s*$/.exec(text) ?? /(?:^|\s)((?:[\u4e00-\u9fff]{2,4}[\s、]*)+?)\s*摄影报道\s*$/.exec(text);
  if (m) return reportersOf(`记者 ${m[1]}`);
  // "图为代表团考察。X摄": a bare name run onto 摄 after the caption's full stop, no role word and no space. With
  // nothing to set it apart, only a name the surname statistics accept counts (a verb clause ending in 摄 does not).
  const bare = /(?:^|[。！；\s])([\u4e00-\u9fff]{2,4})摄\s*[）)]?\s*$/.exec(text);
  return bare && isName(bare[1]!) ? [bare[1]!] : [];
}

/** The credit part of a byline: inside its brackets, or after 【X讯】 without the closing "香港报道：". */
export function bylineCredits(byline: string): string {
  // "X讯【记者 Y】": the square brackets hold the credits, not the paper's name.
  const squareCredits = /(?:讯|电|消息)\s*【([^】]*)】/.exec(byline) ?? /^\s*【([^】]*(?:记者|通讯员|实习生)[^】]*)】/.exec(byline);
  if (squareCredits) return squareCredits[1]!;
  const bracketed = /^[^（【]*【[^】]*】(.*)$/.exec(byline);
  if (!bracketed) return byline.replace(/^[^（]*（/, '').replace(/）$/, '');
  let credits = bracketed[1]!.replace(/\s*报道[：:]?\s*$/, '').replace(/[：:]\s*$/, '');
  // "记者林美玲香港" → the place where the reporter filed is not part of the name.
  const lastPlace = findPlaces(credits, new Set()).pop();
  if (lastPlace && lastPlace.end === credits.length) credits = credits.slice(0, lastPlace.start);
  return credits;
}

/** Editors and reviewers a page credits ("责任编辑：X", "初审编辑:X", "审核：X Y"): people, never reporters. */
export function editorsOf(text: string): string[] {
  const names: string[] = [];
  // A name ends where Han text and a colon do not follow: an empty field ("编辑： 时间：…") would read the next
  // field's label as a name, and a list stops before the next label ("编辑：X 审核：Y").
  const NAME = '[\\u4e00-\\u9fff]{2,4}(?![\\u4e00-\\u9fff:：])';
  const CREDIT = new RegExp(`(?:初审编辑|责任编辑|责编|编辑|审核|审校|校对|监制)\\s*[:：]\\s*(${NAME}(?:[\\s、]+${NAME})*)`, 'g');
  for (const m of text.matchAll(CREDIT)) {
    for (const t of m[1]!.split(/[\s、]+/)) if (isBylineName(t)) names.push(t);
  }
  return [...new Set(names)];
}

