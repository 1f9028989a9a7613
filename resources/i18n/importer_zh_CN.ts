<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="204"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="205"/>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>导入将执行的操作。此时还没有写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="207"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="210"/>
        <source>Press Import to write these records, or Back to change the mapping.</source>
        <translation>点击“导入”写入这些记录，或点击“上一步”修改映射。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="52"/>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="84"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="68"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="69"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="70"/>
        <source>vCard 3.0</source>
        <translation>vCard 3.0</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="71"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="77"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="91"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="92"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="93"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="96"/>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="129"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="139"/>
        <source>Choose a file and at least one column.</source>
        <translation>请选择文件并至少选择一列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="142"/>
        <source>Only contacts can be exported as vCards.</source>
        <translation>只有联系人可以导出为 vCard。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="152"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="166"/>
        <source>%1 records written to %2</source>
        <translation>已将 %1 条记录写入 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/export_dialog.py" line="171"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="80"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="82"/>
        <source>CSV, TSV or Excel (.xlsx). Any encoding; nothing is written yet.</source>
        <translation>CSV、TSV 或 Excel (.xlsx)，任何编码均可；此时还不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="89"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="97"/>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="98"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="103"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="103"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportCustomTargets</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/custom_targets.py" line="36"/>
        <source>Custom property: %1</source>
        <extracomment>The kinds whose records have custom properties, and the entity those are defined for.</extracomment>
        <translation>自定义属性：%1</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="34"/>
        <source>Import History</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="43"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="44"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="45"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="47"/>
        <source>New / updated / errors</source>
        <translation>新建 / 更新 / 错误</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="56"/>
        <location filename="../../crm_desktop/ui/importer/history.py" line="107"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="86"/>
        <source>interrupted (nothing imported)</source>
        <translation>已中断（未导入任何数据）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="87"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="88"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="89"/>
        <source>cancelled (nothing imported)</source>
        <translation>已取消（未导入任何数据）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="90"/>
        <source>failed (nothing imported)</source>
        <translation>失败（未导入任何数据）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="109"/>
        <source>Remove everything %1 created and restore what it changed?</source>
        <translation>删除 %1 创建的所有记录并恢复其修改的内容？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="120"/>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="126"/>
        <source>The import was undone.</source>
        <translation>已撤销本次导入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/history.py" line="133"/>
        <source>Undo failed; nothing was changed: %1</source>
        <translation>撤销失败，没有任何更改：%1</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="17"/>
        <source>longer than %1 characters (%2)</source>
        <translation>超过 %1 个字符（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="18"/>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="19"/>
        <source>not an email address: %1 (%2)</source>
        <translation>不是有效的邮箱地址：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="20"/>
        <source>not a phone number: %1</source>
        <translation>不是有效的电话号码：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="21"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 不是以下之一：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="22"/>
        <source>a contact needs a name or an email address</source>
        <translation>联系人需要姓名或邮箱地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="25"/>
        <source>a company needs a name</source>
        <translation>公司需要名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="26"/>
        <source>a deal needs a name, a company or an external id</source>
        <translation>交易需要名称、公司或外部 ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="29"/>
        <source>an activity needs a date</source>
        <translation>活动需要日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="30"/>
        <source>a task needs a title</source>
        <translation>任务需要标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="31"/>
        <source>not a currency code: %1</source>
        <translation>不是货币代码：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="32"/>
        <source>no deal named %1</source>
        <translation>没有名为 %1 的交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="33"/>
        <source>empty date</source>
        <translation>日期为空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="34"/>
        <source>not a date: %1</source>
        <translation>不是日期：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="35"/>
        <source>not a time: %1</source>
        <translation>不是时间：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="36"/>
        <source>not an amount: %1</source>
        <translation>不是金额：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="37"/>
        <source>an amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="38"/>
        <source>empty amount</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="39"/>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="40"/>
        <source>not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="41"/>
        <source>not a percentage: %1</source>
        <translation>不是百分比：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="42"/>
        <source>a probability is between 0 and 100</source>
        <translation>概率须在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="43"/>
        <source>not yes or no: %1</source>
        <translation>不是“是”或“否”：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="44"/>
        <source>unreadable row: %1</source>
        <translation>无法读取的行：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="45"/>
        <source>the row has %1 cells but the header only %2 columns</source>
        <translation>该行有 %1 个单元格，但表头只有 %2 列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="48"/>
        <source>no value in any imported column</source>
        <translation>导入的各列都没有值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="62"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="63"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/reasons.py" line="64"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="47"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="42"/>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="43"/>
        <source>Suggested from the column names; pick Ignore to leave one out.</source>
        <translation>根据列名自动建议；选择“忽略”可跳过某列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="46"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="46"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="46"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="50"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="52"/>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="56"/>
        <source>Update it</source>
        <translation>更新该记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="57"/>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="65"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="66"/>
        <source>Find existing records by:</source>
        <translation>按以下字段查找已有记录：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="67"/>
        <source>When a record exists:</source>
        <translation>记录已存在时：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="68"/>
        <source>Pipeline:</source>
        <translation>销售管道：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="111"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="118"/>
        <source>New custom property: %1</source>
        <translation>新建自定义属性：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="165"/>
        <source>Map at least one column.</source>
        <translation>请至少映射一列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="168"/>
        <source>Each field can take one column only.</source>
        <translation>每个字段只能对应一列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="186"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/mapping_page.py" line="186"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="125"/>
        <source>Check the preview</source>
        <translation>检查预览</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="126"/>
        <source>Change the encoding if the text looks wrong.</source>
        <translation>如果文字显示为乱码，请更换编码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="138"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="139"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="140"/>
        <source>Dates like 03/04/2024 are:</source>
        <translation>像 03/04/2024 这样的日期表示：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/wizard.py" line="203"/>
        <source>First rows of %1</source>
        <translation>%1 的前几行</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="53"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="53"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="53"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="57"/>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="79"/>
        <source>New: %1   Updated: %2   Skipped: %3   Errors: %4   Empty rows: %5</source>
        <translation>新建：%1   更新：%2   跳过：%3   错误：%4   空行：%5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="99"/>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="99"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="220"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="221"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="239"/>
        <source>Imported. You can undo this import from File &gt; Import History.</source>
        <translation>导入完成。可在“文件 &gt; 导入历史”中撤销本次导入。</translation>
    </message>
</context>
<context>
    <name>_WorkerPage</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="127"/>
        <source>Working…</source>
        <extracomment>the running (or last) task runs in a child process</extracomment>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="180"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消，没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="185"/>
        <source>The import stopped unexpectedly (its process ended with code %1). Nothing was imported.</source>
        <translation>导入意外停止（导入进程以代码 %1 结束）。没有导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/run_pages.py" line="192"/>
        <source>The import failed; nothing was imported: %1</source>
        <translation>导入失败，没有导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="13"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="14"/>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="15"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="16"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="17"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="23"/>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="24"/>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="25"/>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="31"/>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="32"/>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="58"/>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="33"/>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="34"/>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="56"/>
        <source>External ID</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="35"/>
        <source>Don&apos;t match: always create</source>
        <translation>不匹配：总是新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="41"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="42"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="43"/>
        <source>Full name (split)</source>
        <translation>姓名（自动拆分）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="44"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="45"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="46"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="47"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="48"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="49"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="50"/>
        <source>Lead status</source>
        <translation>线索状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="51"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="52"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="53"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="54"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="55"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="59"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="60"/>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="61"/>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="62"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="63"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="64"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="65"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="66"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="67"/>
        <source>Contacts (emails)</source>
        <translation>联系人（邮箱）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="68"/>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="69"/>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="70"/>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="71"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="72"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="73"/>
        <source>Body</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="74"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="75"/>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="76"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="77"/>
        <source>Contact (email)</source>
        <translation>联系人（邮箱）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="78"/>
        <source>Deal (name or external ID)</source>
        <translation>商机（名称或外部编号）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="79"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="80"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="81"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/importer/labels.py" line="82"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
</context>
</TS>
