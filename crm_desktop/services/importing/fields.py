"""The fields an import can fill, per kind, and the header names that suggest each one."""

from __future__ import annotations

from enum import StrEnum


class ImportKind(StrEnum):
    CONTACTS = "contacts"
    COMPANIES = "companies"
    DEALS = "deals"
    ACTIVITIES = "activities"
    TASKS = "tasks"


#: Field keys per kind, in the order the wizard and ``--list-fields`` show them.
FIELDS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.DEALS: (
        "name", "amount", "currency", "pipeline", "stage", "owner", "company", "contacts",
        "close_date", "created_at", "source", "probability", "lost_reason", "external_id",
    ),
    ImportKind.CONTACTS: (
        "first_name", "last_name", "full_name", "email", "phone", "title", "company", "owner",
        "lifecycle_stage", "lead_status", "source", "city", "country", "tags", "created_at",
        "external_id",
    ),
    ImportKind.COMPANIES: (
        "name", "domain", "industry", "employees", "annual_revenue", "phone", "website", "city",
        "country", "owner", "external_id",
    ),
    ImportKind.ACTIVITIES: (
        "type", "subject", "body", "occurred_at", "duration_minutes", "outcome", "owner",
        "contact", "company", "deal",
    ),
    ImportKind.TASKS: (
        "title", "type", "notes", "due_at", "priority", "done_at", "owner", "contact", "company",
        "deal",
    ),
}  # fmt: skip

#: How existing records can be matched, per kind ("none" always creates).
MATCH_KEYS: dict[ImportKind, tuple[str, ...]] = {
    ImportKind.CONTACTS: ("email", "external_id", "none"),
    ImportKind.COMPANIES: ("domain", "name", "external_id", "none"),
    ImportKind.DEALS: ("external_id", "none"),
    ImportKind.ACTIVITIES: ("none",),
    ImportKind.TASKS: ("none",),
}

CUSTOM_PREFIX = "custom:"

_COMMON = {
    "owner": "owner ownername recordowner contactowner leadowner companyowner accountowner "
    "dealowner opportunityowner assignedto salesperson salesrep 负责人 所有者 归属人 销售 "
    "销售代表 跟进人 负责销售",
    "city": "city mailingcity billingcity town 城市 所在城市",
    "country": "country countryregion mailingcountry billingcountry 国家 国家地区 国家/地区",
    "created_at": "createdate createdat created createddate createdtime creationdate addtime "
    "datecreated 创建时间 创建日期 添加时间",
    "external_id": "id recordid externalid contactid companyid accountid dealid "
    "opportunityid leadid 编号 客户编号 记录id",
    "source": "source leadsource originalsource dealsource 来源 线索来源 客户来源",
    "phone": "phone phonenumber telephone tel mobile mobilephone mobilephonenumber workphone "
    "businessphone cell 电话 手机 手机号 手机号码 联系电话 电话号码 移动电话 座机",
}

_BY_KIND: dict[ImportKind, dict[str, str]] = {
    ImportKind.CONTACTS: {
        "first_name": "firstname givenname first forename 名 名字",
        "last_name": "lastname surname familyname last 姓 姓氏",
        "full_name": "name fullname contactname personname leadname 姓名 联系人 联系人姓名 "
        "客户姓名",
        "email": "email emailaddress mail email1 workemail primaryemail 邮箱 电子邮件 电子邮箱 "
        "邮件 邮箱地址 email地址",
        "title": "title jobtitle position role 职位 职务 头衔 岗位",
        "company": "company companyname organization organisation organizationname account "
        "accountname associatedcompany 公司 公司名称 单位 企业 所在公司 工作单位",
        "lifecycle_stage": "lifecyclestage lifecycle 生命周期 生命周期阶段",
        "lead_status": "leadstatus status 线索状态 状态",
        "tags": "tags tag labels label 标签",
    },
    ImportKind.COMPANIES: {
        "name": "name companyname accountname organizationname organization organisation "
        "company 公司 公司名称 名称 客户名称 企业名称 单位名称",
        "domain": "domain companydomainname domainname websitedomain 域名",
        "industry": "industry sector 行业 所属行业",
        "employees": "employees numberofemployees employeecount headcount 员工数 员工人数 人数 "
        "公司规模",
        "annual_revenue": "annualrevenue revenue 年收入 营业额 年营收 年营业额",
        "website": "website websiteurl url web homepage 网站 官网 网址",
    },
    ImportKind.DEALS: {
        "name": "name dealname opportunityname title dealtitle 商机名称 交易名称 名称 商机 "
        "机会名称",
        "amount": "amount value dealvalue dealamount 金额 商机金额 合同金额 交易金额",
        "currency": "currency dealcurrency currencycode currencyofvalue currencyisocode 币种 货币",
        "pipeline": "pipeline dealpipeline 销售管道 管道 销售流程",
        "stage": "stage dealstage 阶段 销售阶段 商机阶段",
        "company": "company companyname account accountname organization organisation "
        "organizationname associatedcompany 公司 客户 客户名称",
        "contacts": "contacts contact contactemail contactemails person personemail "
        "associatedcontact 联系人 联系人邮箱",
        "close_date": "closedate expectedclosedate closingdate 预计成交日期 成交日期 结束日期 "
        "预计结束日期",
        "probability": "probability dealprobability winprobability 概率 赢率 成交概率 赢单率",
        "lost_reason": "lostreason closedlostreason 输单原因 丢单原因",
    },
    ImportKind.ACTIVITIES: {
        "type": "type activitytype 类型 活动类型",
        "subject": "subject title 主题 标题",
        "body": "body description notes note content details 内容 描述 备注 详情",
        "occurred_at": "date datetime occurredat activitydate time duedate 日期 时间 活动时间",
        "duration_minutes": "duration durationminutes minutes 时长 分钟",
        "outcome": "outcome result callresult 结果",
        "contact": "contact contactemail email person 联系人 邮箱",
        "company": "company account organization 公司 客户",
        "deal": "deal dealname opportunity 商机",
    },
    ImportKind.TASKS: {
        "title": "title subject task taskname 任务 标题 主题",
        "type": "type tasktype 类型",
        "notes": "notes note description body 备注 描述 内容",
        "due_at": "duedate due dueat deadline 截止日期 到期日 截止时间",
        "priority": "priority 优先级",
        "done_at": "completed completeddate completedat done doneat 完成时间 完成日期",
        "contact": "contact contactemail email person 联系人 邮箱",
        "company": "company account organization 公司 客户",
        "deal": "deal dealname opportunity 商机",
    },
}

#: Prefixes other CRMs put before field names ('Person - Email', 'Deal - Title').
_PREFIXES = ("person", "organization", "organisation", "deal", "contact", "account", "lead",
             "company", "opportunity")  # fmt: skip


def normalise_header(header: str) -> str:
    text = header.strip().lower()
    for ch in " _-./()（）:：#%'\"":
        text = text.replace(ch, "")
    return text


def _synonyms(kind: ImportKind) -> dict[str, str]:
    table: dict[str, str] = {}
    fields = FIELDS[kind]
    for key in fields:
        table[normalise_header(key)] = key
    for source in (_COMMON, _BY_KIND[kind]):
        for key, words in source.items():
            if key in fields:
                for word in words.split():
                    table.setdefault(normalise_header(word), key)
    return table


SYNONYMS = {kind: _synonyms(kind) for kind in ImportKind}


def suggest_field(kind: ImportKind, header: str) -> str | None:
    """The field a column header most likely means, or None."""
    if header.startswith(CUSTOM_PREFIX) and header[len(CUSTOM_PREFIX) :].strip():
        return CUSTOM_PREFIX + header[len(CUSTOM_PREFIX) :].strip()
    table = SYNONYMS[kind]
    name = normalise_header(header)
    if name in table:
        return table[name]
    for prefix in _PREFIXES:
        if name.startswith(prefix) and name[len(prefix) :] in table:
            return table[name[len(prefix) :]]
    for suffix in ("value", "work", "home", "other", "1", "primary"):
        if name.endswith(suffix) and name[: -len(suffix)] in table:
            return suggest_field(kind, name[: -len(suffix)])
    return None


def suggest_mapping(kind: ImportKind, headers: list[str]) -> dict[str, str]:
    """Column -> field for every header with a suggestion; each field is used once."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for header in headers:
        field = suggest_field(kind, header)
        if field is not None and field not in used:
            mapping[header] = field
            used.add(field)
    if "full_name" in used and {"first_name", "last_name"} <= used:
        mapping = {h: f for h, f in mapping.items() if f != "full_name"}
    return mapping


def check_target(kind: ImportKind, target: str) -> str:
    """A mapping target checked against the kind's fields; raises ValueError."""
    if target.startswith(CUSTOM_PREFIX):
        key = target[len(CUSTOM_PREFIX) :].strip()
        if not key:
            raise ValueError(f"a custom property needs a key: {target!r}")
        return CUSTOM_PREFIX + key
    if target not in FIELDS[kind]:
        raise ValueError(f"{target!r} is not a {kind.value} field (see --list-fields)")
    return target


def parse_map_options(kind: ImportKind, options: list[str]) -> dict[str, str]:
    """``["Source column=field", "Col=custom:key"]`` -> {column: target}; raises ValueError."""
    mapping: dict[str, str] = {}
    for option in options:
        column, sep, target = option.rpartition("=")
        if not sep or not column.strip():
            raise ValueError(f"--map wants 'Column=field', got {option!r}")
        mapping[column.strip()] = check_target(kind, target.strip())
    return mapping
