// The filler of synthetic articles: what a meeting "stressed", in the stock phrases of district papers. It
// carries no facts (the gold names none in it), only the text the extractor has to read past.
import type { Paragraph } from './articles.ts';
import type { Rng } from './random.ts';

const OPENERS = ['会议指出', '会议强调', '会议要求', '与会人员一致认为', '会议提出', '据介绍'];
const VERBS = ['深入学习贯彻', '扎实推进', '持续深化', '全面落实', '着力提升', '加快构建', '统筹推进', '认真谋划', '不断完善', '聚焦抓好'];
const OBJECTS = [
  '高质量发展各项任务', '营商环境优化提升', '基层治理现代化建设', '民生保障重点工作', '两地产业协作',
  '科技创新体系建设', '安全生产责任制', '“百千万工程”', '城市更新和土地整备', '招商引资和项目建设',
  '数字政府建设', '生态环境保护', '教育医疗资源均衡配置', '人才引进培养机制', '消费帮扶合作',
  '乡村振兴重点任务', '重大项目服务保障', '政务服务标准化', '社会治理创新', '文化事业和文化产业',
];
const CLOSERS = [
  '为全年目标任务的完成打下坚实基础。', '切实把各项部署转化为发展实效。', '推动各项工作走深走实。',
  '以实干担当交出高质量发展新答卷。', '确保各项任务落地见效。', '不断增强群众的获得感、幸福感、安全感。',
];

/** 要…，…，…。: what someone said, to follow 会议指出， or a name and 强调，. */
export function fillerClause(rng: Rng): string {
  const parts = rng.sample(VERBS, 3).map((v) => `${v}${rng.pick(OBJECTS)}`);
  return `要${parts.join('，')}，${rng.pick(CLOSERS)}`;
}

export function fillerSentence(rng: Rng): string {
  return `${rng.pick(OPENERS)}，${fillerClause(rng)}`;
}

export function fillerParagraph(rng: Rng): Paragraph {
  const n = rng.between(2, 4);
  return { text: Array.from({ length: n }, () => fillerSentence(rng)).join(''), filler: true };
}

