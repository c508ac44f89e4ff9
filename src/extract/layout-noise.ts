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
