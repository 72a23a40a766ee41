// Word lists for generated newspaper prose, written for this project. Places,
// papers and people are invented by combining these parts; nothing here is
// taken from a real page.

/** First and second characters of invented place names (青禾, 石岭, 云泽…). */
export const PLACE_HEADS = [...'青石云白金凤龙安平长新东西南北清阳柳桃梅松河山湖溪林泉丰宁兴华永乐嘉福汇庆宝德'];
export const PLACE_TAILS = [...'禾岭泽川峰源湾坪塘台桥洲园口滨庄亭港岗营沟坝渡屯堡'];

/** Administrative suffixes, from large to small. */
export const PLACE_LEVELS = ['市', '县', '区', '镇', '乡', '街道', '村', '社区'];

/** Bodies that act in a story. */
export const ORGANS = [
  '农业农村局', '教育局', '卫生健康委员会', '文化馆', '供电公司', '税务局', '市场监督管理局', '团委', '妇联',
  '图书馆', '第二中学', '实验小学', '人民医院', '消防救援大队', '生态环境局', '交通运输局', '水利局', '园区管委会',
  '商务局', '人力资源和社会保障局', '自然资源局', '住房和城乡建设局', '应急管理局', '科技局', '司法所', '派出所',
  '气象局', '总工会', '残疾人联合会', '文旅局', '粮食储备库', '污水处理厂', '公交集团', '邮政分公司', '农商银行',
];

/** Things that are done: objects of the verbs below. */
export const MATTERS = [
  '老旧小区改造', '高标准农田建设', '垃圾分类', '便民服务', '志愿服务活动', '安全生产检查', '职业技能培训',
  '产业帮扶', '数字化转型', '河道治理', '社区治理', '乡村振兴', '校园安全教育', '营商环境优化', '冬季供暖保障',
  '防汛备汛', '全民阅读', '健康义诊', '农产品直播带货', '电动车充电设施建设', '适老化改造', '夜间经济',
  '林下种植', '背街小巷整治', '一站式办理', '节水改造', '移风易俗', '非遗传承', '文明交通劝导', '食品安全抽检',
  '集体经济发展', '春耕备耕', '山林防火巡查', '养老服务', '托育服务', '就业招聘会', '消费帮扶', '邻里互助',
];

/** Verbs that take a matter: 推进 + 垃圾分类. */
export const VERBS = [
  '推进', '开展', '实施', '组织', '完善', '加强', '落实', '启动', '举办', '深化', '优化', '提升', '探索', '统筹', '抓好',
];

/** What came of it. */
export const RESULTS = [
  '取得了明显成效', '群众满意度持续提升', '形成了可复制的经验做法', '受到居民广泛好评', '走出了一条新路子',
  '为下一步工作打下了基础', '相关指标位居全市前列', '让群众得到了实实在在的好处', '工作效率明显提高',
  '各项任务按时保质完成', '有力保障了群众生产生活', '赢得了上级部门的肯定',
];

/** Problems a story solves. */
export const PROBLEMS = [
  '停车难', '出行不便', '排水不畅', '办事来回跑', '看病路远', '用水紧张', '夜间照明不足', '快递无处存放',
  '农产品卖不出去', '老人吃饭不方便', '孩子放学无人看护', '楼道杂物堆积', '雨天道路积水', '网点排队时间长',
];

/** Openings of time. */
export const WHENS = ['今年以来', '近日', '日前', '近年来', '去年以来', '入夏以来', '入冬以来', '春节前后', '开春以来', '此前', '上半年'];

/** People quoted, by their position. */
export const POSITIONS = [
  '村党支部书记', '社区主任', '局长', '校长', '车间主任', '志愿者', '居民', '种植户', '工作人员', '站长', '队长',
  '网格员', '驻村第一书记', '项目负责人', '店主', '退休教师',
];

/** Four-character set phrases for titles and subheads. */
export const FOUR_PHRASES = [
  '凝心聚力', '服务民生', '提质增效', '守正创新', '精准施策', '扎实推进', '久久为功', '群策群力', '因地制宜',
  '多措并举', '示范引领', '共建共享', '提档升级', '固本强基', '深耕细作', '稳中求进', '以点带面', '破解难题',
  '暖心服务', '绿色发展', '聚焦重点', '压实责任', '补齐短板', '激发活力', '织密网络', '筑牢防线', '拓宽渠道',
  '优化流程', '创新机制', '强化保障', '夯实基础', '培育新风', '点亮生活', '温暖人心', '护航成长', '对接需求',
];

/** Two-character nouns that make the second half of a two-part title. */
export const GAINS = ['新气象', '新活力', '新动能', '获得感', '幸福感', '好口碑', '好日子', '加速度', '新名片', '暖心窝'];

/** Measure words for counts. */
export const MEASURES = ['户', '人次', '件', '个', '场', '家', '项', '公里', '亩', '余人'];

/** What a photo shows. */
export const SCENES = [
  '工作人员为居民讲解政策', '志愿者在路口引导行人', '学生在老师指导下体验剪纸', '农户在大棚里采摘蔬菜',
  '医护人员为老人测量血压', '技术人员检修输电线路', '游客在新建步道上散步', '工人在车间里装配零件',
  '孩子们在图书馆里阅读', '村民在广场上排练节目', '消防员演示灭火器的使用方法', '快递员把包裹送到村民手中',
];

/** Section labels a page or an item is printed under. */
export const SECTIONS = ['机关党建', '教育周刊', '乡村振兴', '城市管理', '文明创建', '民生热线', '法治园地', '科技生活'];

/** Newspapers of the generated archive: folder name, and the name a sidecar gives when the folder is ASCII. */
export const PAPERS: { dir: string; name: string | null }[] = [
  { dir: '清禾日报', name: null },
  { dir: 'yunze-evening', name: '云泽晚报' },
  { dir: '石岭工人报', name: null },
];

/** Common surnames and given-name characters for invented people. */
export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦付方邹孟熊秦邱江尹薛段雷侯史陶黎贺顾毛郝龚邵万钱严武戴孔汤温康施牛葛邢齐乔伍庞颜倪庄聂章鲁岳殷'];
export const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红慧晨宇浩然欣怡佳琪子轩雨婷博文思远嘉豪俊凯晓峰海燕立新志东春梅国庆永胜德明学良金凤'];

/** Column (栏目) names printed in a title's brackets: 青禾观察 → `…（基层观察）`. */
export const COLUMNS = ['基层观察', '民生热评', '走进一线', '百姓话题', '新闻深一度', '乡村日记', '现场短评', '身边事'];

/** Series printed on a line of their own in crawler Markdown (`> 系列：…`); a number is added. */
export const SERIES = ['一线见闻', '蹲点调研', '奋进新时代', '美丽乡村行', '民生实事回头看'];

/** Page names (版名) of generated issues, by page number from 1. */
export const PAGE_NAMES = ['要闻', '要闻', '综合', '评论', '经济', '社会', '文化', '生态', '国际', '副刊'];

/** Where an author works, for `（作者为…）` notes. */
export const AFFILIATIONS = ['大学教授', '社会科学院研究员', '党校副教授', '师范学院讲师', '发展研究中心主任'];

/** Credits a photographer's name is printed with: `王芳摄（资料照片）`. */
export const PHOTO_SOURCES = ['资料照片', '本报影像', '影像库'];

/** Labels of boxes printed at the top of an article. */
export const BOX_LABELS = ['核心阅读', '编者按'];

/** Column headings readers' letters are printed under. */
export const LETTER_HEADINGS = ['建议', '来信', '读者来信', '百姓呼声'];

/** Categories crawler front matter gives an article. */
export const CATEGORIES = ['政治', '经济', '社会', '文化', '生态'];

/** Newspapers of the real-style parts of a generated archive, one per raw style. */
export const STYLE_PAPERS = {
  P: { dir: '松川日报', name: '松川日报' },
  K: { dir: 'baihe-daily', name: '白河日报' },
  G: { dir: 'jinyuan-daily', name: '金源日报' },
  md: { dir: 'vault', name: '东岭日报' },
  // The crawler's tree says nothing of its paper: the folder holding it has a paper.json.
  txt: { dir: 'nanxi-txt', name: '南溪日报' },
  // A flat folder says nothing of its paper.
  flat: { dir: 'flat', name: null },
} as const;
