<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="61"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="61"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="63"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="64"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="65"/>
        <source>Open Backup Folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="82"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="86"/>
        <source>Kept automatically: a backup when the app starts (at most one a day) and before every upgrade and import. Rotation keeps the newest daily backup of each of the last 7 days and of each of the last 4 weeks, every manual and before-upgrade backup, and the newest 10 before-import and before-restore backups.</source>
        <translation>自动备份：应用启动时（每天最多一次）以及每次升级和导入之前。轮换规则保留最近 7 天中每天最新的每日备份、最近 4 周中每周最新的备份、所有手动备份和升级前备份，以及最新的 10 个导入前备份和恢复前备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="94"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="95"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="96"/>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="97"/>
        <source>Before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="98"/>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="99"/>
        <source>Damaged file kept</source>
        <translation>保留的损坏文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="115"/>
        <source>Backups of %1 in %2</source>
        <translation>%1 的备份位于 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="117"/>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="160"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="160"/>
        <source>The backup failed:
%1</source>
        <translation>备份失败：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="170"/>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="198"/>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="207"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="173"/>
        <source>Replace the database by the backup of %1?

Changes made since then are not in it. The database as it is now is kept as a before-restore backup first.</source>
        <translation>用 %1 的备份替换数据库吗？

此后所做的更改不包含在该备份中。当前的数据库会先保存为一个恢复前备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="200"/>
        <source>The backup was not restored; the database is unchanged:
%1</source>
        <translation>备份未恢复，数据库没有改变：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="208"/>
        <source>The backup was restored. The database as it was is kept as a backup.</source>
        <translation>备份已恢复。原来的数据库已保存为一个备份。</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="39"/>
        <source>crm-desktop cannot write to %1.</source>
        <translation>crm-desktop 无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="42"/>
        <source>%1

You can open it read-only to look at your records; changes cannot be saved then. To work with it, copy it to a folder of yours or ask for write access.</source>
        <translation>%1

您可以以只读方式打开它来查看记录，但无法保存更改。如需编辑，请将其复制到您自己的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="51"/>
        <source>The database file is damaged (SQLite&apos;s quick check failed). crm-desktop did not write to it.</source>
        <translation>数据库文件已损坏（SQLite 快速检查未通过）。crm-desktop 没有写入该文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="61"/>
        <source>The newest sound backup is from %1. Restoring it replaces the database; the damaged file is kept in the backups folder, not deleted. Changes made after that backup are not in it.</source>
        <translation>最新的完好备份来自 %1。恢复它会替换数据库；损坏的文件会保留在备份文件夹中，不会被删除。该备份之后所做的更改不包含在其中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="69"/>
        <source>There is no sound backup of this database.</source>
        <translation>此数据库没有完好的备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="72"/>
        <source>You can also open the damaged file read-only to see what is readable.</source>
        <translation>您也可以以只读方式打开损坏的文件，查看仍可读取的内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="74"/>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="80"/>
        <source>Database Problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="89"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="92"/>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="93"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="117"/>
        <source>%1 is encrypted. Passphrase:</source>
        <translation>%1 已加密。密码短语：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="119"/>
        <source>That passphrase is wrong; the file was not changed.</source>
        <translation>密码短语错误；文件没有改变。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="121"/>
        <source>Encrypted Database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="139"/>
        <source>Restored %1 from its backup; the damaged file is kept in %2.</source>
        <translation>已从备份恢复 %1；损坏的文件保留在 %2 中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="148"/>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation>%1 以只读方式打开：无法保存更改。</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/instance.py" line="131"/>
        <source>%1 is already open in another crm-desktop window (process %2).

Two apps writing to one database would step on each other&apos;s changes, so it was not opened here.</source>
        <translation>%1 已在另一个 crm-desktop 窗口中打开（进程 %2）。

两个应用同时写入同一个数据库会互相覆盖更改，因此没有在这里打开。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/instance.py" line="139"/>
        <source>The other window was brought to the front.</source>
        <translation>已将另一个窗口切换到前台。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/instance.py" line="140"/>
        <source>Open it here read-only, to look things up?</source>
        <translation>要在这里以只读方式打开以便查阅吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/instance.py" line="141"/>
        <source>Database Already Open</source>
        <translation>数据库已打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/instance.py" line="145"/>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation>%1 以只读方式打开：无法保存更改。</translation>
    </message>
</context>
</TS>
