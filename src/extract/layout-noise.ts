// Page furniture that is not article text: navigation bars and breadcrumbs of web pages, e-paper page labels
// ("第A06版:要闻"), jump lines ("（下转02版）"), font-size switches, hit counters, lone punctuation left by a
// scraper. normalize.ts blanks such lines (so they neither join a paragraph nor become a headline) and trims
// a jump line from the end of the paragraph it closes; offsets into the source stay true.

/** Breadcrumb and location labels: "当前位置：首页 > 要闻", "您的位置: 时政要闻". */
const LOCATION = /^(?:当前位置|您的位置|您现在的位置|现在位置|所在位置|位置)\s*[:：]/;
/** E-paper page labels: "第A06版:庆元", "A3版 要闻", "第一版:要闻". */
const PAGE_LABEL = /^第?[A-Za-z]?[\d一二三四五六七八九十]{1,3}版\s*[:：]?\s*[\u4e00-\u9fff]{0,8}$/;
/** Counters and switches of a web page's article header: "点击数:", "字号：【大】【中】【小】", "打印 关闭". */
const WIDGETS = /^(?:点击数|点击量|点击|浏览次数|阅读次数|字号)\s*[:：]|^(?:【[大中小]】\s*){2,}|^(?:打印|关闭|分享到|返回顶部|【打印】|【关闭】)(?:\s*[|｜]?\s*(?:打印|关闭|分享到|返回顶部|【打印】|【关闭】|收藏))*\s*$/;
/** E-paper and page controls: "版面概览", "下一版", "放大 缩小 默认", "通版阅读请点击:", "当前版:01版", and a label left empty ("发布日期:"). */
const CONTROLS = /^(?:(?:版面概览|版面导航|上一版|下一版|上一篇|下一篇|上一期|下一期|往期回顾|返回目录|展开通版|收缩通版|放大|缩小|默认|放大图片|全文阅读|PDF下载)\s*)+$|^(?:通版阅读请点击|当前版)\s*[:：]|^(?:发布日期|发布时间|来源|作者|编辑|责任编辑|供稿)\s*[:：]\s*$/;
/** Share buttons: "分享到:", "分享到微信朋友圈". */
const SHARE = /^分享到\s*[:：]?\s*(?:微信|朋友圈|微博|QQ|空间|好友|[\s|｜])*$/;

/** A jump to or from another page: "（下转02版）", "（上接第1版）". */
export const JUMP = /\s*[（(【]\s*(?:下转|上接|转)第?\s*[A-Za-z]?\d{1,3}\s*版\s*[）)】]\s*/;

const JUMP_LINE = new RegExp(`^${JUMP.source}$`);
const JUMP_AT_END = new RegExp(`${JUMP.source}$`);

/** Segments of a bar: "首页 > 区县 > 要闻" or "主站 | 广告服务 | 投稿 | 联系我们". */
function isBar(line: string): boolean {
  if (line.length > 80 || /[。！？，,]/.test(line)) return false;
  const crumbs = line.split(/\s*(?:>|＞|»|›|→)\s*/);
  if (crumbs.length >= 2 && crumbs.every((c) => c.length > 0 && c.length <= 14)) return true;
  const items = line.split(/\s*[|｜]\s*/);
  return items.length >= 3 && items.every((c) => c.length > 0 && c.length <= 12);
}

/** A whole line that is page furniture, never text of an article. */
export function isLayoutLine(line: string): boolean {
  const t = line.trim();
  return /^[,，.。、;；:：\-—_=*·•]+$/.test(t) || SHARE.test(t) || LOCATION.test(t) || PAGE_LABEL.test(t) || WIDGETS.test(t) || CONTROLS.test(t) || isBar(t) || JUMP_LINE.test(t);
}

/** Characters of a jump line ("（下转02版）") that end `line`, to be left out of the paragraph. */
export function trailingJumpLength(line: string): number {
  const m = JUMP_AT_END.exec(line);
  return m ? m[0].length : 0;
}

/** A web page's meta line: its publication date first ("发布时间: 2020-05-06 10:20 | 来源: …"). */
const META_LINE = /^(?:发布时间|发布日期|时间|日期)\s*[:：]\s*\d{4}[-年/.]\d{1,2}/;
/** A page's meta line ends where its line ends: the page never breaks it for the column, and the body follows. */
export const isMetaLine = (line: string): boolean => META_LINE.test(line);
/** The fields a meta line may end with: a counter, a font switch, a person's name (editor, author). */
const LAST_FIELD = /(?:浏览量|浏览次数|点击量|点击数|阅读量)\s*[:：]\s*(?:\d+(?![\d月日年.\-/]))?\s*次?|字体\s*[:：]?\s*\[[^\]\n]{0,12}\]|(?:责任编辑|编辑|作者)\s*[:：]\s*([\u4e00-\u9fff]+)/g;

/**
 * Where a page's meta line runs straight onto the body ("… | 责任编辑: X2月8日，…", "浏览量:2月8日，…"), the index
 * where the body starts; -1 when the line is not such a line. A scraper lost the line break after the last field;
 * the body, read as part of the meta line, lost its lead (and its date) to it. A name field's name ends where Han
 * text stops, or after three characters (most names have three) when the body's first word runs on.
 */
export function metaRunOnAt(line: string): number {
  if (!META_LINE.test(line)) return -1;
  let last: RegExpExecArray | null = null;
  for (const m of line.slice(0, 200).matchAll(LAST_FIELD)) last = m;
  if (!last) return -1;
  const run = last[1];
  let end = last.index + last[0].length;
  if (run !== undefined && run.length > 4) end -= run.length - 3;
  const rest = line.slice(end);
  return rest.trim().length >= 20 && /[，。,]/.test(rest) ? end : -1;
}
