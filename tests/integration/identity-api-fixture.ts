// Issue 15's example as made-up articles (names, places and events are fixtures, not news), each with its
// publication date: a 坪山区委书记 李建国 (2021) named again bare at his district's forum and as a visitor at a
// 龙岗区 forum (2022), a 罗湖区副区长 李建国 at the same time (2021), and his successor 张明 (2023, 2024).
export interface FixtureDocument {
  source: string;
  date: string;
  text: string;
}

export const identityDocuments: FixtureDocument[] = [
  {
    source: 'ps-standing-committee.txt',
    date: '2021-03-05',
    text: `坪山区召开区委常委会会议

本报讯（记者 陈晓）3月5日，坪山区委书记李建国主持召开区委常委会会议，传达学习上级会议精神。区委副书记、区长赵明华，区委常委、组织部部长孙丽出席会议。
会议强调，要扎实推进高质量发展各项任务。
`,
  },
  {
    source: 'lh-investment-fair.txt',
    date: '2021-04-08',
    text: `罗湖区举行招商引资推介会

本报讯（记者 周婷）4月8日，罗湖区招商引资推介会在罗湖区举行。罗湖区副区长李建国出席并致辞，罗湖区商务局局长吴磊介绍了营商环境。
推介会上，多家企业签约落户。
`,
  },
  {
    source: 'ps-safety-meeting.txt',
    date: '2021-04-12',
    text: `坪山区召开安全生产专题会议

本报讯（记者 陈晓）4月12日，坪山区委书记李建国主持召开区委安全生产专题会议，区委副书记、区长赵明华出席会议。
李建国强调，要压实安全生产责任。
`,
  },
  {
    source: 'ps-innovation-forum.txt',
    date: '2022-06-15',
    text: `坪山区召开科技创新座谈会

本报讯（记者 陈晓）6月15日，坪山区科技创新座谈会在坪山区举行。李建国、孙丽等出席座谈会。
与会企业代表交流了发展经验。
`,
  },
  {
    source: 'lg-industry-forum.txt',
    date: '2022-09-20',
    text: `龙岗区举行产业发展座谈会

本报讯（记者 林凡）9月20日，龙岗区产业发展座谈会在龙岗区举行。龙岗区区长王伟主持座谈会，李建国同志出席并讲话。
与会人员围绕产业升级进行了交流。
`,
  },
  {
    source: 'ps-standing-committee-2023.txt',
    date: '2023-05-10',
    text: `坪山区召开区委常委会会议

本报讯（记者 陈晓）5月10日，坪山区委书记张明主持召开区委常委会会议，研究部署近期重点工作。区委副书记、区长赵明华出席会议。
会议要求，要抓好各项工作落实。
`,
  },
  {
    source: 'ps-projects-meeting.txt',
    date: '2024-03-01',
    text: `坪山区召开重点项目专题会议

本报讯（记者 陈晓）3月1日，坪山区委书记张明主持召开区委重点项目专题会议，听取重点项目进展情况汇报。
会议要求，要加快项目建设进度。
`,
  },
];
