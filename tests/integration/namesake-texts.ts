// Made up for the identity and projection tests (names, places and events are fixtures, not news): 坪山区's
// 李建国 seen on 3月5日 and 罗湖区's on 4月8日 are one career (one person); seen again in 坪山区 on 4月12日,
// the posts overlap: two people.
export const NAMESAKE_TEXTS: Record<string, string> = {
  'pingshan-meeting.txt': `坪山区召开区委常委会会议

本报讯（记者 陈晓）3月5日，坪山区委书记李建国主持召开区委常委会会议，传达学习上级会议精神。区委副书记、区长赵明华，区委常委、组织部部长孙丽出席会议。
会议强调，要扎实推进高质量发展各项任务。
`,
  'luohu-fair.txt': `罗湖区举行招商引资推介会

本报讯（记者 周婷）4月8日，罗湖区招商引资推介会在罗湖区举行。罗湖区副区长李建国出席并致辞，罗湖区商务局局长吴磊介绍了营商环境。
推介会上，多家企业签约落户。
`,
  'pingshan-inspection.txt': `坪山区开展安全生产检查

本报讯（记者 陈晓）4月12日，坪山区委书记李建国带队检查安全生产工作，区委副书记、区长赵明华参加检查。
李建国强调，要压实安全生产责任。
`,
};
