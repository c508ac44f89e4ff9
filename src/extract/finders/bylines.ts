// Reporters: the names in a byline's brackets or credits, and photo credits at the end of a caption.
import { compoundSurnames, surnameRank } from '../lexicon.ts';
import { validGiven } from './names.ts';
import { findPlaces } from './places.ts';

/** Reporters named in a byline's brackets or a photo credit. */
export function reportersOf(text: string): string[] {
  const names: string[] = [];
  const roles = /(?:首席|见习|实习|特约|主任)?(?:记者|通讯员|实习生|摄影|文\/图|图\/文)|(?<![\u4e00-\u9fff])[文图摄](?![\u4e00-\u9fff])/g;
  const parts = text.split(roles);
  // The part before the first role word is the newspaper's name.
  for (const part of parts.slice(1)) {
    for (const tok of part.split(/[\s、，,\/｜|：:]+/)) {
      const t = tok.replace(/[（）()]/g, '');
      if (/^[\u4e00-\u9fff]{2,4}$/.test(t) && (surnameRank.has(t[0]!) || compoundSurnames.has(t.slice(0, 2))) && validGiven(t.slice(1))) names.push(t);
    }
  }
  return [...new Set(names)];
}

/** Photo credits at the end of a caption: "龙岗融媒记者 林德全 摄". */
export function captionCredit(text: string): string[] {
  const m = /(?:记者|摄影|通讯员)\s*((?:[\u4e00-\u9fff]{2,4}[\s、]*)+?)\s*(?:摄|供图)\s*）?\s*$/.exec(text);
  return m ? reportersOf(`记者 ${m[1]}`) : [];
}


/** The credit part of a byline: inside its brackets, or after 【X讯】 without the closing "香港报道：". */
export function bylineCredits(byline: string): string {
  const bracketed = /^[^（【]*【[^】]*】(.*)$/.exec(byline);
  if (!bracketed) return byline.replace(/^[^（]*（/, '').replace(/）$/, '');
  let credits = bracketed[1]!.replace(/\s*报道[：:]?\s*$/, '').replace(/[：:]\s*$/, '');
  // "记者林美玲香港" → the place where the reporter filed is not part of the name.
  const lastPlace = findPlaces(credits, new Set()).pop();
  if (lastPlace && lastPlace.end === credits.length) credits = credits.slice(0, lastPlace.start);
  return credits;
}
