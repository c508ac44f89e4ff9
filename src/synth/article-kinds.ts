// The kinds of synthetic article (a meeting, a pairing, a signing, a visit, a public service), each writing its
// paragraphs and recording in the Builder every fact it states (the gold). draftArticle (articles.ts) picks one.
import { Builder, type Ctx, firstFree, officials, otherDistrict } from './cast.ts';
import type { DraftArticle, GoldEvent, Paragraph } from './articles.ts';
import { fillerClause, fillerParagraph, fillerSentence } from './filler.ts';
import type { Institute } from './world.ts';

const TOPICS = ['低空经济', '人工智能', '智能制造', '数字经济', '新能源汽车', '生物医药', '跨境电商', '智慧城市', '文旅融合', '绿色低碳'];
const PROGRAMS = ['支援合作', '对口帮扶', '东西部协作', '结对帮扶', '对口支援'];
const MEETING_TOPICS = ['安全生产', '招商引资', '营商环境', '民生实事', '城市更新', '乡村振兴', '防汛防风', '基层党建', '重点项目建设', '生态环境保护'];
const SERVICE_SUBJECTS = ['窗口服务', '政务服务', '便民服务', '惠企政策兑现', '社区服务'];

export function meeting(ctx: Ctx, b: Builder): Omit<DraftArticle, 'byline' | 'gold' | 'mentions' | 'caption'> & { event: GoldEvent } {
  const { rng, home } = ctx;
  const k = home.kind;
  const topic = rng.pick(MEETING_TOPICS);
  const variants: { name: string; chairRank: number; secondRank: number }[] = [
    { name: `${k}委常委会（扩大）会议`, chairRank: 0, secondRank: 1 },
    { name: `${k}政府常务会议`, chairRank: 1, secondRank: 5 },
    { name: `${topic}工作推进会`, chairRank: 0, secondRank: 1 },
    { name: `${topic}专题会议`, chairRank: 1, secondRank: 8 },
    { name: '政协党组会议', chairRank: 7, secondRank: 6 },
  ];
  const v = rng.pick(variants);
  const chair = firstFree(ctx, b, home, [v.chairRank]);
  const second = firstFree(ctx, b, home, [v.secondRank]);
  const dName = b.district(home);
  // 龙华区委常委会, not 龙华区区委常委会: a post-like name starts with the kind character.
  const eventName = v.name.startsWith(k) ? `${dName.slice(0, -1)}${v.name}` : `${dName}${v.name}`;
  if (v.chairRank === 7) b.org(home.bodies[0] as string); // 龙岗区政协党组会议 names the body
  const lead =
    `${ctx.month}月${ctx.day}日，${eventName}召开，${b.person(chair, true)}主持会议并讲话，` +
    `${b.person(second, true)}出席会议。`;
  const attendingOrgs: string[] = [];
  let guidance = '';
  if (rng.chance(0.3)) {
    const body = rng.pick(home.cityBodies);
    attendingOrgs.push(b.org(body));
    guidance = `${body}有关负责人到会指导。`;
  }
  const others = officials(ctx, b, home, rng.between(2, 5), [chair, second]);
  const listed = others.map((p) => b.person(p, false)).join('、');
  const label = rng.chance(0.5) ? `${k}领导` : `${dName}领导`;
  const closing = `${label}${listed}${rng.pick(['参加活动', '出席会议', '参加会议'])}。`;
  const paragraphs: Paragraph[] = [
    { text: lead + guidance, filler: false },
    fillerParagraph(rng),
    { text: `${chair.person.name}${rng.pick(['指出', '强调', '要求'])}，${fillerClause(rng)}`, filler: false },
    fillerParagraph(rng),
    { text: closing, filler: false },
  ];
  return {
    title: rng.chance(0.5) ? `${dName}召开${v.name}` : `${eventName}召开`,
    paragraphs,
    event: {
      kind: 'meeting',
      name: eventName,
      date: '',
      attendees: [chair, second, ...others].map((o) => o.person.name),
      attendingOrgs,
      chairs: [chair.person.name],
      signatories: [],
    },
  };
}

export function pairing(ctx: Ctx, b: Builder, pairs: [string, string][]) {
  const { rng, home, year } = ctx;
  const partner = otherDistrict(ctx);
  const program = rng.pick(PROGRAMS);
  const host = firstFree(ctx, b, home, [rng.chance(0.5) ? 0 : 1]);
  const guest = firstFree(ctx, b, partner, [0]);
  const a = b.district(home);
  const bName = b.district(partner);
  const eventName = `${year}年${a}·${bName}${program}联席会议`;
  pairs.push([home.name, partner.name]);
  const attendingOrgs: string[] = [];
  let guidance = '';
  if (rng.chance(0.4)) {
    const bodies = rng.sample(home.cityBodies, 2);
    for (const body of bodies) attendingOrgs.push(b.org(body));
    guidance = `${bodies.join('、')}有关负责人到会指导。`;
  }
  const hostSide = officials(ctx, b, home, rng.between(1, 3), [host]);
  const guestSide = officials(ctx, b, partner, rng.between(1, 4), [guest]);
  const paragraphs: Paragraph[] = [
    {
      text:
        `${ctx.month}月${ctx.day}日，${eventName}在${a}召开，${b.person(host, true)}与` +
        `${b.person(guest, true, partner)}一行座谈交流，回顾总结过去一年两地${program}工作情况，` +
        `并就下一阶段重点工作展开交流讨论。${guidance}`,
      filler: false,
    },
    {
      text: `会议听取了${year - 1}年${a}${program}${bName}工作情况汇报。据了解，${a}于${year - rng.between(2, 8)}年与${bName}建立${program}关系。`,
      filler: false,
    },
    fillerParagraph(rng),
    { text: `${host.person.name}对${bName}过去一年经济社会发展取得的成绩表示祝贺。${fillerSentence(rng)}`, filler: false },
    { text: `${guest.person.name}对${a}长期以来的支持表示衷心感谢。${fillerSentence(rng)}`, filler: false },
    {
      text:
        `${a}领导${hostSide.map((p) => b.person(p, false)).join('、')}，` +
        `${bName}领导${guestSide.map((p) => b.person(p, false)).join('、')}参加活动。`,
      filler: false,
    },
  ];
  return {
    title: eventName + '召开',
    paragraphs,
    event: {
      kind: 'meeting' as const,
      name: eventName,
      date: '',
      attendees: [host, guest, ...hostSide, ...guestSide].map((o) => o.person.name),
      attendingOrgs,
      chairs: [],
      signatories: [],
    },
  };
}

export function signing(ctx: Ctx, b: Builder) {
  const { rng, home, world } = ctx;
  const topic = rng.pick(TOPICS);
  const firm = world.enterprises[world.enterpriseZipf.draw(rng)] as string;
  const body = rng.pick(home.bodies.slice(1));
  const d = b.district(home);
  if (rng.chance(0.5)) {
    const { name: institute, alias } = world.institutes.find((i) => i.name.startsWith(home.cityShort)) ?? (world.institutes[0] as Institute);
    const eventName = `${topic}合作框架协议签署`;
    const f = b.enterprise(firm);
    const o = b.org(body);
    const inst = b.org(institute, alias ?? undefined);
    const shortForm = alias ?? institute;
    const paragraphs: Paragraph[] = [
      {
        text:
          `${ctx.month}月${ctx.day}日，${f}、${o}、${inst}${alias ? `（以下简称“${alias}”）` : ''}三方在${d}正式签署${topic}合作框架协议，` +
          `共建${topic}产业创新基地。`,
        filler: false,
      },
      fillerParagraph(rng),
      { text: `${shortForm}发挥在${topic}领域的科研与人才培养优势，三方协同推进合作落地。${fillerSentence(rng)}`, filler: false },
      fillerParagraph(rng),
    ];
    return {
      title: `三方联手！${home.short ?? home.name}打造${topic}产业创新基地`,
      paragraphs,
      event: { kind: 'signing' as const, name: eventName, date: '', attendees: [], attendingOrgs: [], chairs: [], signatories: [firm, body, institute] },
    };
  }
  const official = firstFree(ctx, b, home, [rng.pick([1, 5, 8, 9])]);
  const eventName = `${body}与${firm}${topic}战略合作协议签约`;
  const paragraphs: Paragraph[] = [
    {
      text:
        `${ctx.month}月${ctx.day}日，${b.org(body)}与${b.enterprise(firm)}在${d}签订${topic}战略合作协议。` +
        `${b.person(official, true)}出席签约仪式并致辞。`,
      filler: false,
    },
    fillerParagraph(rng),
    fillerParagraph(rng),
  ];
  return {
    title: `${topic}项目签约落地${home.short ?? home.name}`,
    paragraphs,
    event: { kind: 'signing' as const, name: eventName, date: '', attendees: [official.person.name], attendingOrgs: [], chairs: [], signatories: [body, firm] },
  };
}

export function visit(ctx: Ctx, b: Builder, pairs: [string, string][]) {
  const { rng, home, world, year } = ctx;
  const partner = otherDistrict(ctx);
  const program = rng.pick(PROGRAMS);
  const leader = firstFree(ctx, b, home, [0]);
  const member = officials(ctx, b, home, 1, [leader])[0] ?? firstFree(ctx, b, home, [1]);
  const hosts = officials(ctx, b, partner, rng.between(1, 3), []);
  const a = b.district(home);
  const p = b.district(partner);
  const lastDay = Math.min(28, ctx.day + rng.between(1, 3));
  const firms = rng.sample(world.enterprises.slice(0, 50), 2).map((f) => b.enterprise(f));
  const paragraphs: Paragraph[] = [
    {
      text:
        `${a}党政代表团由${b.person(leader, true)}率队，于${ctx.month}月${ctx.day}日至${lastDay}日赴${p}开展${program}考察交流，` +
        `${b.person(member, false)}等一同参加。`,
      filler: false,
    },
    fillerParagraph(rng),
    { text: `代表团一行还走访了${firms.join('、')}等企业，就产业协作深入交流。`, filler: false },
    { text: `${p}领导${hosts.map((h) => b.person(h, false)).join('、')}参加座谈。`, filler: false },
  ];
  if (rng.chance(0.5)) {
    pairs.push([home.name, partner.name]);
    paragraphs.push({ text: `据了解，${a}自${year - rng.between(2, 8)}年与${p}建立${program}关系以来，${fillerSentence(rng)}`, filler: false });
  }
  paragraphs.push(fillerParagraph(rng));
  return {
    title: `${a}党政代表团赴${p}考察`,
    paragraphs,
    event: {
      kind: 'visit' as const,
      name: `${a}党政代表团赴${p}考察`,
      date: '',
      attendees: [leader, member, ...hosts].map((x) => x.person.name),
      attendingOrgs: [],
      chairs: [],
      signatories: [],
    },
  };
}

export function service(ctx: Ctx, b: Builder) {
  const { rng, home } = ctx;
  const body = rng.pick(home.bodies.slice(1));
  const subject = rng.pick(SERVICE_SUBJECTS);
  const paragraphs: Paragraph[] = [
    { text: `${ctx.month}月${ctx.day}日，记者从${b.org(body)}获悉，${b.district(home, true)}${subject}持续优化，群众办事更加便捷。`, filler: false },
    fillerParagraph(rng),
    fillerParagraph(rng),
    fillerParagraph(rng),
  ];
  return { title: `${home.short ?? home.name}${subject}提质增效`, paragraphs, event: null };
}

