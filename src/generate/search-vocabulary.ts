/**
 * Word lists for the benchmark's generated archive: invented newspaper prose
 * made from common news vocabulary, so the index sees a realistic spread of
 * frequent and rare character pairs. Written for this project.
 */

/** News words, roughly from most to least common in this kind of paper. */
export const NEWS_WORDS = `发展 工作 建设 推进 经济 社会 服务 群众 企业 项目 全面 加强 提升 创新 改革
实施 落实 开展 组织 党员 干部 基层 乡村 振兴 乡村振兴 高质量 高质量发展 党建 党建工作 学习 教育 文化 生态
环境 保护 治理 安全 健康 产业 农业 农村 农民 城市 文明 文明城市 人民 政府 会议 精神 要求 重点 任务
目标 措施 机制 体系 能力 水平 质量 效率 领域 地区 单位 部门 同志 书记 主任 负责人 代表 委员 志愿者
疫情 防控 疫情防控 复工 复产 就业 收入 脱贫 攻坚 脱贫攻坚 小康 全面小康 民生 养老 医疗 卫生 住房 交通
道路 桥梁 工程 投资 资金 金融 融资 担保 贷款 银行 税收 财政 预算 市场 消费 贸易 出口 科技 技术
数字 数字经济 互联网 信息 平台 数据 智能 制造 工业 园区 招商 引资 合作 交流 开放 活动 比赛 培训 讲座 调研
检查 督导 考核 评估 表彰 先进 典型 模范 榜样 青年 妇女 儿童 学生 老师 学校 课堂 课程 校园 家长 社区 街道
村民 居民 网格 物业 志愿服务 文明实践 新时代 文明实践站 传统 非遗 博物馆 图书馆 阅读 书香 节日 春节 端午
中秋 国庆 纪念 历史 革命 红色 传承 弘扬 主题 党日 主题党日 党支部 党委 党组织 组织生活 三会一课 廉政
纪律 作风 监督 巡察 整改 问题 风险 隐患 排查 应急 救援 消防 防汛 抗旱 气象 天气 降雨 气温 水利 河道
湖泊 水质 垃圾 分类 垃圾分类 绿化 植树 造林 森林 草原 湿地 公园 景区 旅游 游客 酒店 餐饮 美食 特色
品牌 产品 销售 电商 直播 快递 物流 港口 机场 铁路 高铁 公路 车辆 司机 乘客 医院 医生 患者 药品 疫苗
体育 运动 健身 赛事 冠军 选手 球队 文艺 演出 舞台 音乐 美术 书法 摄影 展览 作品 创作 艺术 文学 作家
报告 方案 规划 政策 法律 法规 制度 标准 规范 程序 审批 窗口 办事 便民 群众满意 获得感 幸福感 满意度`;

/** Function words and single characters that glue sentences together. */
export const GLUE = `的 的 的 的 了 在 在 和 是 对 为 与 将 等 以 中 上 也 都 并 及 其 从 到 把 被 由 向 就 又 更 还 要 有 这 该 各 此 已 所 进一步 不断 持续 积极 认真 切实 扎实 深入 广泛 充分 共同 努力 通过 围绕 坚持 推动 促进 确保 做好 抓好 形成 取得 实现 进行 参加 举办 召开 指出 表示 介绍 强调`;


/** Places for datelines and titles. */
export const PLACES = `成都 重庆 西安 兰州 西宁 银川 昆明 贵阳 南宁 长沙 武汉 南昌 合肥 南京 杭州 福州 济南 郑州 太原 石家庄
北京 天津 上海 广州 深圳 厦门 青岛 大连 沈阳 长春 哈尔滨 呼和浩特 乌鲁木齐 拉萨 海口 宜宾 绵阳 德阳 乐山 南充
泸州 自贡 遂宁 内江 眉山 雅安 巴中 达州 广安 资阳 攀枝花 凉山 甘孜 阿坝 怀柔 顺义 通州 大兴 昌平 延庆`;

/** Names of the generated papers. */
export const PAPERS = ['江城日报', '山河晚报', '西部商报', '临川时报', '青禾农民报'];

/** Characters for the long tail of rarer words (place and trade names, technical terms). */
export const RARE = `鹤鸿鹭鹰麟麒骏驰骐骥珂珏琦瑶璇璐琳琪瑾瑜璋瑞祯祺禄禧锦绣缇绮纬纶綦蓁萱蔚蕙薇芷苓茗荔荟莘莎菁菲
岚峻峥嵘巍崴屹岳岑峨嵩崖崛嶙峋溪涧潭渊澜漪涟沅湘漓沱汶岷嘉陵邛崃蜀渝黔滇陇秦晋冀豫皖赣闽粤桂琼辽吉黑
鲁苏浙沪津燕赵齐楚吴越巴夔涪綦荣昭筠珙邛泸叙僰犍峨眉岷汶茂汉绵梓潼剑阁昭化旺苍朝天青川平武北川安州`;
