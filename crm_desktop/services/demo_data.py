"""Names, words and reference rows the demo data generator draws from (English and Chinese).

Plain constants only: the ``services/demo`` package turns them into records. Chinese words come with
their pinyin so e-mail addresses and domains stay ASCII.
"""

from __future__ import annotations

from typing import NamedTuple


class DemoUser(NamedTuple):
    name: str
    email_local: str
    role: str
    color: str
    initials: str
    #: Hours east of UTC where the person works: their activities fall in their office hours.
    utc_offset: int
    #: Speaks Chinese: owns the Chinese accounts.
    chinese: bool


#: The team: one manager and five reps, in English and Chinese.
TEAM = (
    DemoUser("Sarah Mitchell", "sarah.mitchell", "manager", "#4f7cff", "SM", 0, False),
    DemoUser("李明", "li.ming", "rep", "#e8590c", "李明", 8, True),
    DemoUser("James Carter", "james.carter", "rep", "#2f9e44", "JC", -5, False),
    DemoUser("张伟", "zhang.wei", "rep", "#ae3ec9", "张伟", 8, True),
    DemoUser("Emily Weber", "emily.weber", "rep", "#f08c00", "EW", 1, False),
    DemoUser("陈静", "chen.jing", "rep", "#1098ad", "陈静", 8, True),
)
USER_EMAIL_DOMAIN = "brightpath.example"
#: Distinct colours for further reps (large data sets).
EXTRA_COLORS = (
    "#d6336c", "#0ca678", "#7048e8", "#f59f00", "#1c7ed6", "#c2255c", "#37b24d", "#e67700",
    "#5f3dc4", "#099268", "#a61e4d", "#1971c2", "#66a80f", "#d9480f", "#3b5bdb", "#862e9c",
    "#2b8a3e", "#c92a2a", "#0b7285", "#5c940d", "#9c36b5", "#364fc7", "#e64980", "#087f5b",
)  # fmt: skip

# -- people -----------------------------------------------------------------------------------

EN_FIRST = (
    "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William",
    "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark",
    "Margaret", "Steven", "Sandra", "Paul", "Ashley", "Andrew", "Emily", "Joshua", "Donna",
    "Kevin", "Michelle", "Brian", "Carol", "George", "Amanda", "Timothy", "Melissa", "Ryan",
    "Deborah", "Jacob", "Stephanie", "Gary", "Rebecca", "Nicholas", "Laura", "Eric", "Helen",
    "Jonathan", "Sharon", "Olivia", "Liam", "Sophie", "Oliver", "Grace", "Harry", "Chloe",
    "Jack", "Amelia", "Noah", "Isla", "Ethan", "Ava", "Lucas", "Mia", "Hannah", "Rachel",
)  # fmt: skip
EN_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
    "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
    "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker",
    "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan",
    "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Hughes",
    "O'Brien", "O'Connor", "Bennett", "Price", "Wood", "Barnes", "Fisher", "Patel", "Shah",
    "Nguyen", "Kim", "Walsh", "Foster", "Sullivan", "Russell", "Hayes", "Graham", "Palmer",
)  # fmt: skip
DE_FIRST = (
    "Lukas", "Anna", "Maximilian", "Lena", "Felix", "Laura", "Jonas", "Julia", "Leon", "Sarah",
    "Paul", "Katharina", "Tobias", "Sophie", "Florian", "Johanna", "Matthias", "Miriam",
    "Stefan", "Sabine", "Andreas", "Claudia", "Markus", "Petra", "Jürgen", "Ute", "Sebastian",
    "Franziska", "Thomas", "Birgit",
)  # fmt: skip
DE_LAST = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun",
    "Zimmermann", "Hartmann", "Krüger", "Lange", "Werner", "Krause", "Lehmann", "Köhler",
    "Maier", "Huber", "Kaiser", "Fuchs",
)  # fmt: skip
#: (hanzi, pinyin)
ZH_SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
    ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
    ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"),
    ("高", "gao"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
    ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
    ("彭", "peng"), ("曾", "zeng"), ("萧", "xiao"), ("田", "tian"), ("董", "dong"), ("潘", "pan"),
    ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("于", "yu"), ("杜", "du"),
    ("叶", "ye"), ("程", "cheng"), ("魏", "wei"), ("苏", "su"), ("吕", "lv"), ("丁", "ding"),
    ("欧阳", "ouyang"), ("上官", "shangguan"),
)  # fmt: skip
ZH_GIVEN = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"),
    ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
    ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
    ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("桂英", "guiying"), ("子涵", "zihan"), ("浩然", "haoran"), ("欣怡", "xinyi"),
    ("宇轩", "yuxuan"), ("思远", "siyuan"), ("晓明", "xiaoming"), ("建华", "jianhua"),
    ("文博", "wenbo"), ("嘉怡", "jiayi"), ("俊杰", "junjie"), ("志强", "zhiqiang"),
    ("海燕", "haiyan"), ("丽娟", "lijuan"), ("国强", "guoqiang"), ("雨桐", "yutong"),
    ("梓萱", "zixuan"), ("一鸣", "yiming"), ("天宇", "tianyu"), ("佳琪", "jiaqi"),
    ("晨曦", "chenxi"), ("振华", "zhenhua"), ("婷婷", "tingting"), ("鹏", "peng"),
    ("慧敏", "huimin"), ("立新", "lixin"), ("红梅", "hongmei"), ("小龙", "xiaolong"),
)  # fmt: skip

EN_TITLES = (
    "CEO", "CTO", "CFO", "COO", "Founder", "Managing Director", "VP Sales", "VP Marketing",
    "VP Operations", "Head of Procurement", "Purchasing Manager", "Operations Manager",
    "IT Director", "IT Manager", "Marketing Manager", "Sales Director", "Office Manager",
    "Project Manager", "Finance Manager", "HR Manager", "Product Manager", "Account Manager",
    "Business Development Manager", "Supply Chain Manager", "Data Analyst", "Software Engineer",
    "Customer Success Manager", "Controller", "Chief Revenue Officer", "Head of Sales Ops",
)  # fmt: skip
DE_TITLES = (
    "Geschäftsführer", "Geschäftsführerin", "Einkaufsleiter", "Vertriebsleiter", "IT-Leiter",
    "Leiter Marketing", "Prokurist", "Teamleiterin Vertrieb", "Head of Procurement",
    "Operations Manager", "CFO", "Project Manager",
)  # fmt: skip
ZH_TITLES = (
    "总经理", "副总经理", "董事长", "销售总监", "市场经理", "采购经理", "财务总监", "技术总监",
    "运营经理", "项目经理", "行政主管", "产品经理", "人力资源经理", "首席执行官", "信息部主管",
    "销售经理", "客户经理", "采购专员", "IT 经理", "供应链经理",
)  # fmt: skip

# -- places -----------------------------------------------------------------------------------


class Region(NamedTuple):
    code: str
    country: str
    #: Share of companies, in percent.
    weight: int
    cities: tuple[str, ...]
    #: Dialling prefix per city, with the number of digits that follow it.
    city_phones: tuple[tuple[str, int], ...]
    mobile_prefixes: tuple[str, ...]
    mobile_digits: int
    tld: str
    legal_suffixes: tuple[str, ...]
    streets: tuple[str, ...]


REGIONS = (
    Region(
        "US", "United States", 31,
        ("New York", "San Francisco", "Chicago", "Austin", "Seattle", "Boston", "Denver",
         "Atlanta"),
        (("+1212", 7), ("+1415", 7), ("+1312", 7), ("+1512", 7), ("+1206", 7), ("+1617", 7),
         ("+1303", 7), ("+1404", 7)),
        ("+1646", "+1917", "+1650", "+1773"), 7, ".com",
        ("Inc.", "LLC", "Corp.", "Inc.", "Group"),
        ("Main Street", "Market Street", "Broadway", "Oak Avenue", "Pine Street", "Elm Street",
         "Mission Street", "Congress Avenue", "Peachtree Street", "Lake Shore Drive"),
    ),
    Region(
        "CN", "China", 37,
        ("上海", "北京", "深圳", "广州", "杭州", "苏州", "成都", "南京"),
        (("+8621", 8), ("+8610", 8), ("+86755", 8), ("+8620", 8), ("+86571", 8), ("+86512", 8),
         ("+8628", 8), ("+8625", 8)),
        ("+86138", "+86139", "+86150", "+86186", "+86135", "+86158", "+86177"), 8, ".cn",
        ("有限公司", "有限公司", "股份有限公司", "集团有限公司"),
        ("世纪大道", "南京西路", "建国路", "深南大道", "天河路", "文三路", "人民路", "中山路",
         "科技园路", "解放路"),
    ),
    Region(
        "GB", "United Kingdom", 12,
        ("London", "Manchester", "Birmingham", "Edinburgh", "Bristol", "Leeds"),
        (("+4420", 8), ("+44161", 7), ("+44121", 7), ("+44131", 7), ("+44117", 7),
         ("+44113", 7)),
        ("+447700", "+447911", "+447400"), 6, ".co.uk",
        ("Ltd", "Ltd", "plc", "Group"),
        ("High Street", "Station Road", "Church Lane", "Victoria Road", "King Street",
         "Queen's Road", "Mill Lane"),
    ),
    Region(
        "DE", "Germany", 12,
        ("Berlin", "München", "Hamburg", "Frankfurt am Main", "Köln", "Stuttgart"),
        (("+4930", 8), ("+4989", 8), ("+4940", 8), ("+4969", 8), ("+49221", 7), ("+49711", 7)),
        ("+49151", "+49160", "+49171", "+49176"), 8, ".de",
        ("GmbH", "GmbH", "AG", "GmbH & Co. KG"),
        ("Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Friedrichstraße",
         "Lindenallee", "Industriestraße"),
    ),
    Region(
        "SG", "Singapore", 3,
        ("Singapore",),
        (("+656", 7),),
        ("+658", "+659"), 7, ".com.sg",
        ("Pte. Ltd.",),
        ("Orchard Road", "Raffles Place", "Robinson Road", "Cecil Street"),
    ),
    Region(
        "FR", "France", 3,
        ("Paris", "Lyon"),
        (("+331", 8), ("+334", 8)),
        ("+336", "+337"), 8, ".fr",
        ("SAS", "SA"),
        ("Rue de Rivoli", "Avenue des Champs-Élysées", "Rue Victor Hugo"),
    ),
    Region(
        "NL", "Netherlands", 2,
        ("Amsterdam", "Rotterdam"),
        (("+3120", 7), ("+3110", 7)),
        ("+316",), 8, ".nl",
        ("B.V.",),
        ("Herengracht", "Keizersgracht", "Coolsingel"),
    ),
)  # fmt: skip

# -- companies --------------------------------------------------------------------------------

EN_COMPANY_CORES = (
    "Northwind", "Blue Harbor", "Summit", "Redwood", "Brightline", "Ironclad", "Pioneer",
    "Silverlake", "Granite", "Evergreen", "Atlas", "Beacon", "Crescent", "Falcon", "Keystone",
    "Lakeside", "Meridian", "Nova", "Orion", "Pinnacle", "Quantum", "Riverbend", "Sterling",
    "Trident", "Vanguard", "Westfield", "Zenith", "Cobalt", "Apex", "Cedar", "Horizon", "Maple",
    "Oakridge", "Stonebridge", "Harborview", "Bluepeak", "Clearwater", "Copperfield",
    "Driftwood", "Emberly", "Foxglove", "Goldcrest", "Highgate", "Juniper", "Kingsley",
    "Larkspur", "Moonstone", "Northstar", "Oceanic", "Parkside", "Ravenwood", "Sandstone",
    "Tidewater", "Upland", "Wildflower", "Yellowstone", "Ashford", "Bramble", "Canyon",
    "Dunmore",
)  # fmt: skip
DE_COMPANY_CORES = (
    "Rheintal", "Alpenblick", "Nordlicht", "Elbufer", "Schwarzwald", "Hansa", "Isar", "Spree",
    "Taunus", "Bodensee", "Harz", "Mainufer", "Lindenhof", "Sonnenfeld", "Weserland",
)  # fmt: skip


class Industry(NamedTuple):
    label: str
    #: Words that end an English company name in this industry.
    en_words: tuple[str, ...]
    #: (hanzi, pinyin) words for Chinese company names.
    zh_words: tuple[tuple[str, str], ...]


INDUSTRIES = (
    Industry("Transportation & Logistics", ("Logistics", "Freight", "Shipping"),
             (("物流", "wuliu"), ("供应链", "gongyinglian"))),
    Industry("Software", ("Software", "Systems", "Labs"),
             (("软件", "ruanjian"), ("网络科技", "wangluo"))),
    Industry("Manufacturing", ("Manufacturing", "Industries", "Works"),
             (("机械", "jixie"), ("制造", "zhizao"))),
    Industry("Retail", ("Retail", "Stores", "Outfitters"),
             (("商贸", "shangmao"), ("贸易", "maoyi"))),
    Industry("Healthcare", ("Health", "Medical", "Care"),
             (("医疗器械", "yiliao"), ("健康科技", "jiankang"))),
    Industry("Pharmaceuticals", ("Pharma", "Biotech", "Therapeutics"),
             (("医药", "yiyao"), ("生物科技", "shengwu"))),
    Industry("Energy", ("Energy", "Solar", "Power"),
             (("新能源", "xinnengyuan"), ("电力", "dianli"))),
    Industry("Financial Services", ("Capital", "Financial", "Partners"),
             (("投资", "touzi"), ("金融服务", "jinrong"))),
    Industry("Food & Beverage", ("Foods", "Beverages", "Kitchens"),
             (("食品", "shipin"), ("餐饮管理", "canyin"))),
    Industry("Construction", ("Construction", "Builders", "Engineering"),
             (("建设", "jianshe"), ("建筑工程", "jianzhu"))),
    Industry("Media & Marketing", ("Media", "Studios", "Marketing"),
             (("传媒", "chuanmei"), ("文化传播", "wenhua"))),
    Industry("Electronics", ("Electronics", "Devices", "Semiconductors"),
             (("电子", "dianzi"), ("半导体", "bandaoti"))),
    Industry("Automotive", ("Motors", "Automotive", "Mobility"),
             (("汽车零部件", "qipei"), ("汽车服务", "qiche"))),
    Industry("Professional Services", ("Consulting", "Advisors", "Associates"),
             (("咨询", "zixun"), ("企业管理", "guanli"))),
    Industry("Education", ("Learning", "Academy", "Education"),
             (("教育科技", "jiaoyu"), ("培训", "peixun"))),
    Industry("Telecommunications", ("Telecom", "Networks", "Communications"),
             (("通信", "tongxin"), ("信息技术", "xinxi"))),
)  # fmt: skip
EN_COMPANY_TAILS = ("", "", "", "", "Group", "International", "Solutions", "Holdings")
#: (hanzi, pinyin) trade names of Chinese companies.
ZH_COMPANY_CORES = (
    ("华东", "huadong"), ("恒通", "hengtong"), ("鑫源", "xinyuan"), ("天成", "tiancheng"),
    ("博远", "boyuan"), ("中联", "zhonglian"), ("瑞丰", "ruifeng"), ("金桥", "jinqiao"),
    ("宏达", "hongda"), ("正泰", "zhengtai"), ("新世纪", "xinshiji"), ("长城", "changcheng"),
    ("海纳", "haina"), ("东方", "dongfang"), ("星辰", "xingchen"), ("宇通", "yutong"),
    ("嘉禾", "jiahe"), ("创新", "chuangxin"), ("汇丰", "huifeng"), ("锦程", "jincheng"),
    ("华信", "huaxin"), ("永盛", "yongsheng"), ("德信", "dexin"), ("光明", "guangming"),
    ("安达", "anda"), ("凯旋", "kaixuan"), ("腾飞", "tengfei"), ("远航", "yuanhang"),
    ("同创", "tongchuang"), ("盛世", "shengshi"), ("蓝海", "lanhai"), ("云帆", "yunfan"),
    ("中科", "zhongke"), ("华泰", "huatai"), ("万达", "wanda"), ("启明", "qiming"),
)  # fmt: skip
#: Pinyin of the Chinese cities in ``REGIONS`` (for domains), same order.
ZH_CITY_PINYIN = ("sh", "bj", "sz", "gz", "hz", "suzhou", "cd", "nj")
ZH_DISTRICTS = ("浦东新区", "朝阳区", "南山区", "天河区", "西湖区", "工业园区", "高新区", "鼓楼区")

COMPANY_TIERS = ("Strategic", "Key", "Standard")

# -- sales ------------------------------------------------------------------------------------

SOURCES = (
    "Website", "Referral", "LinkedIn", "Trade show", "Cold call", "Partner", "微信 WeChat",
    "Email campaign", "Webinar",
)  # fmt: skip
#: Relative frequency of each source for Western and for Chinese leads.
SOURCE_WEIGHTS_EN = (25, 15, 14, 10, 10, 8, 0, 10, 8)
SOURCE_WEIGHTS_ZH = (18, 20, 2, 12, 10, 10, 25, 3, 0)
LOST_REASONS = (
    "Price", "Competitor", "No budget", "No decision", "Timing", "Missing feature",
    "Went silent",
)  # fmt: skip
LOST_NOTES = (
    "", "", "", "went with a cheaper local vendor", "chose the incumbent", "budget frozen",
    "project postponed to next year", "needs an on-premise version", "champion left the company",
    "预算被砍", "选择了竞争对手",
)  # fmt: skip


class DemoStage(NamedTuple):
    name: str
    probability: int
    forecast: str
    rotting_days: int | None


class DemoPipeline(NamedTuple):
    name: str
    stages: tuple[DemoStage, ...]


SALES_PIPELINE = DemoPipeline(
    "Sales",
    (
        DemoStage("Lead In", 10, "pipeline", 14),
        DemoStage("Qualified", 25, "pipeline", 14),
        DemoStage("Demo Scheduled", 40, "best_case", 10),
        DemoStage("Proposal Made", 60, "best_case", 14),
        DemoStage("Negotiation", 80, "commit", 7),
    ),
)
RENEWALS_PIPELINE = DemoPipeline(
    "Renewals",
    (
        DemoStage("Renewal Due", 50, "pipeline", 21),
        DemoStage("In Discussion", 70, "best_case", 14),
        DemoStage("Contract Sent", 90, "commit", 7),
    ),
)

EN_PRODUCTS = (
    "Annual subscription", "Pilot project", "Enterprise plan", "Onboarding package",
    "Expansion: 25 seats", "Expansion: 100 seats", "Analytics add-on", "Premium support",
    "Team plan", "Data migration", "API integration", "Training workshop",
)  # fmt: skip
ZH_PRODUCTS = (
    "年度订阅", "试点项目", "企业版", "实施服务", "扩容 50 个席位", "数据分析模块", "高级支持服务",
    "团队版", "系统集成", "培训服务",
)  # fmt: skip
EN_NEXT_STEPS = (
    "Send proposal", "Schedule demo with the IT team", "Follow up on pricing",
    "Call to confirm budget", "Send contract for signature", "Book a meeting with the CFO",
    "Share case study", "Answer security questionnaire", "Arrange reference call",
    "Prepare quote for 50 seats", "Check legal review status", "Send revised offer",
)  # fmt: skip
ZH_NEXT_STEPS = (
    "发送报价单", "安排产品演示", "跟进预算审批", "发送合同", "约见财务总监", "提供客户案例",
    "确认技术方案", "准备招标材料",
)  # fmt: skip
EN_DEAL_ROLES = ("Champion", "Influencer", "Technical evaluator", "Economic buyer", "End user")
ZH_DEAL_ROLES = ("决策人", "联系人", "技术评估", "采购负责人", "最终用户")
CURRENCIES = (
    # code, name, symbol, US dollars per unit
    ("USD", "US Dollar", "$", 1.0),
    ("CNY", "Chinese Yuan", "¥", 0.1385),
    ("EUR", "Euro", "€", 1.085),
    ("GBP", "British Pound", "£", 1.268),
)
#: Deal currency by company region (others: USD).
REGION_CURRENCY = {"CN": "CNY", "DE": "EUR", "FR": "EUR", "NL": "EUR", "GB": "GBP"}

# -- work -------------------------------------------------------------------------------------

#: type -> (subject, body or None, duration choices in minutes, outcome choices)
ActivityTemplate = tuple[str, str, str | None, tuple[int, ...], tuple[str | None, ...]]

_CALL_OUTCOMES: tuple[str | None, ...] = (
    "Connected", "Connected", "Connected", "Left voicemail", "No answer", "Busy",
)  # fmt: skip
_MEETING_OUTCOMES: tuple[str | None, ...] = ("Completed", "Completed", "Completed", "Rescheduled")
_NONE: tuple[str | None, ...] = (None,)
_CALL_MINUTES = (2, 5, 8, 10, 15, 20, 25, 30, 45)
_MEETING_MINUTES = (30, 30, 45, 60, 60, 90)

EN_ACTIVITIES: tuple[ActivityTemplate, ...] = (
    ("call", "Intro call", None, _CALL_MINUTES, _CALL_OUTCOMES),
    ("call", "Follow-up call", None, _CALL_MINUTES, _CALL_OUTCOMES),
    ("call", "Discovery call", "Walked through their current process and pain points.",
     _CALL_MINUTES, _CALL_OUTCOMES),
    ("call", "Pricing discussion", None, _CALL_MINUTES, _CALL_OUTCOMES),
    ("call", "Check-in call", None, _CALL_MINUTES, _CALL_OUTCOMES),
    ("email", "Sent proposal", "Proposal and pricing sheet attached.", (), _NONE),
    ("email", "Re: Pricing question", None, (), _NONE),
    ("email", "Meeting recap", "Summary of what we agreed and the next steps.", (), _NONE),
    ("email", "Case study: how a peer cut costs by 30%", None, (), _NONE),
    ("email", "Following up", None, (), _NONE),
    ("email", "Contract draft", "Draft contract for review by their legal team.", (), _NONE),
    ("meeting", "Product demo", "Demo of the reporting module for the ops team.",
     _MEETING_MINUTES, _MEETING_OUTCOMES),
    ("meeting", "Quarterly business review", None, _MEETING_MINUTES, _MEETING_OUTCOMES),
    ("meeting", "On-site visit", None, _MEETING_MINUTES, _MEETING_OUTCOMES),
    ("meeting", "Kick-off meeting", None, _MEETING_MINUTES, _MEETING_OUTCOMES),
    ("message", "LinkedIn message", None, (), _NONE),
    ("message", "WhatsApp: quick question on delivery dates", None, (), _NONE),
    ("message", "Text: confirmed meeting time", None, (), _NONE),
    ("note", "Budget approved for Q3", "Finance signed off; waiting for procurement.", (), _NONE),
    ("note", "Decision maker identified", None, (), _NONE),
    ("note", "Competitor also in the running", "They are also talking to a competitor.", (),
     _NONE),
    ("note", "Account notes", "Prefers e-mail over calls. Fiscal year starts in April.", (),
     _NONE),
)  # fmt: skip
ZH_ACTIVITIES: tuple[ActivityTemplate, ...] = (
    ("call", "初次电话沟通", None, _CALL_MINUTES, _CALL_OUTCOMES),
    ("call", "跟进电话", None, _CALL_MINUTES, _CALL_OUTCOMES),
    ("call", "需求调研电话", "了解了客户目前的流程和痛点。", _CALL_MINUTES, _CALL_OUTCOMES),
    ("call", "价格沟通", None, _CALL_MINUTES, _CALL_OUTCOMES),
    ("email", "发送报价单", "附件为报价单和产品资料。", (), _NONE),
    ("email", "会议纪要", "总结了双方达成的共识和下一步计划。", (), _NONE),
    ("email", "合同草稿", None, (), _NONE),
    ("meeting", "产品演示", "为运营团队演示了报表模块。", _MEETING_MINUTES, _MEETING_OUTCOMES),
    ("meeting", "季度业务回顾", None, _MEETING_MINUTES, _MEETING_OUTCOMES),
    ("meeting", "上门拜访", None, _MEETING_MINUTES, _MEETING_OUTCOMES),
    ("message", "微信沟通", None, (), _NONE),
    ("message", "微信：确认会议时间", None, (), _NONE),
    ("message", "微信：发送产品资料", None, (), _NONE),
    ("note", "预算已批准", "财务已审批，等待采购流程。", (), _NONE),
    ("note", "已找到关键决策人", None, (), _NONE),
    ("note", "客户也在接触竞争对手", None, (), _NONE),
)  # fmt: skip
#: How often each type is logged, by type, for the templates above (relative).
TYPE_WEIGHTS = {"call": 26, "email": 34, "meeting": 12, "message": 14, "note": 14}
FUTURE_MEETINGS = (
    "Product demo", "Contract review", "Proposal walkthrough", "Quarterly business review",
    "Security review with IT", "产品演示", "合同评审会议",
)  # fmt: skip

#: (title template, task type); {name} is the contact, {company} the company.
EN_TASKS = (
    ("Call {name} about the proposal", "call"),
    ("Send pricing to {name}", "email"),
    ("Follow up with {name} after the demo", "follow_up"),
    ("Prepare contract for {company}", "other"),
    ("Check in with {name}", "follow_up"),
    ("Book a demo with {company}", "meeting"),
    ("Send case study to {name}", "email"),
    ("Ask {name} for a referral", "call"),
    ("Renewal prep for {company}", "other"),
)
ZH_TASKS = (
    ("给{name}打电话跟进报价", "call"),
    ("发送合同给{company}", "email"),
    ("跟进{name}的产品演示反馈", "follow_up"),
    ("预约{company}上门拜访", "meeting"),
    ("整理{company}的需求文档", "other"),
)
TASK_NOTES_EN = (
    None, None, None, "Mention the new analytics module.", "They asked for a discount.",
    "Bring the signed NDA.", "Check which plan they are on first.",
)  # fmt: skip
TASK_NOTES_ZH = (
    None,
    None,
    None,
    "客户要求提供发票样本。",
    "先确认对方目前使用的版本。",
    "带上保密协议。",
)

TAG_SETS = (
    (), (), (), (), (), ("VIP",), ("Newsletter",), ("Decision maker",), ("Champion",),
    ("Event: SaaStr",), ("Technical",), ("Budget holder",), ("VIP", "Decision maker"),
    ("Newsletter", "Webinar attendee"), ("Partner",),
)  # fmt: skip
ZH_TAG_SETS = ((), (), (), ("重点客户",), ("华东区",), ("展会",), ("VIP",), ("决策人",))

NPS_SCORE_WEIGHTS = (1, 1, 1, 2, 2, 4, 5, 10, 18, 25, 31)
NPS_CHURNED_WEIGHTS = (6, 6, 8, 10, 10, 12, 12, 10, 8, 4, 2)
#: Survey comments by kind of respondent: promoters (9-10), passives (7-8), detractors (0-6).
NPS_COMMENTS_EN = (
    ("Great support team.", "Easy to use, the whole team adopted it.",
     "Saves us hours every week.", "The pipeline board is exactly what we needed."),
    ("Good, but the mobile app could be better.", "Fine for now.",
     "Does the job; reporting could be more flexible."),
    ("Too expensive for what we use.", "Missing integrations with our ERP.",
     "Support was slow to answer."),
)  # fmt: skip
NPS_COMMENTS_ZH = (
    ("非常好用，客服响应快。", "报表功能很强大。", "团队都很喜欢用。"),
    ("整体不错，手机端还可以改进。", "价格有点高。"),
    ("系统偶尔很慢。", "缺少与我们 ERP 的集成。"),
)  # fmt: skip

CUSTOM_FIELDS = (
    # entity, key, label (en), label (zh), type, options
    ("company", "tier", "Account tier", "客户等级", "single_choice", COMPANY_TIERS),
    ("contact", "wechat_id", "WeChat ID", "微信号", "text", ()),
    ("deal", "contract_months", "Contract term (months)", "合同期限（月）", "number", ()),
)
