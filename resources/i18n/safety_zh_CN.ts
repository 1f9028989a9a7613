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
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="64"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="65"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="66"/>
        <source>Open Backup Folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="83"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="87"/>
        <source>Kept automatically: a backup when the app starts (at most one a day) and before every upgrade and import. Rotation keeps the newest daily backup of each of the last 7 days and of each of the last 4 weeks, every manual and before-upgrade backup, and the newest 10 before-import and before-restore backups.</source>
        <translation>自动备份：应用启动时（每天最多一次）以及每次升级和导入之前。轮换规则保留最近 7 天中每天最新的每日备份、最近 4 周中每周最新的备份、所有手动备份和升级前备份，以及最新的 10 个导入前备份和恢复前备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="95"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="96"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="97"/>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="98"/>
        <source>Before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="99"/>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="100"/>
        <source>Damaged file kept</source>
        <translation>保留的损坏文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="116"/>
        <source>Backups of %1 in %2</source>
        <translation>%1 的备份位于 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="118"/>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="161"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="161"/>
        <source>The backup failed:
%1</source>
        <translation>备份失败：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="171"/>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="199"/>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="208"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="174"/>
        <source>Replace the database by the backup of %1?

Changes made since then are not in it. The database as it is now is kept as a before-restore backup first.</source>
        <translation>用 %1 的备份替换数据库吗？

此后所做的更改不包含在该备份中。当前的数据库会先保存为一个恢复前备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="201"/>
        <source>The backup was not restored; the database is unchanged:
%1</source>
        <translation>备份未恢复，数据库没有改变：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/backups_section.py" line="209"/>
        <source>The backup was restored. The database as it was is kept as a backup.</source>
        <translation>备份已恢复。原来的数据库已保存为一个备份。</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="71"/>
        <source>Database Problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="72"/>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="77"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="78"/>
        <source>Keep Working Read-Only</source>
        <translation>以只读方式继续工作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="79"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="84"/>
        <source>The database is damaged: see the notice.</source>
        <translation>数据库已损坏：请查看提示。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="90"/>
        <source>The daily backup checks the whole database file, and this check failed: part of the file is damaged. Changes saved from now on may be lost.</source>
        <translation>每日备份会检查整个数据库文件，而这次检查失败了：文件的一部分已损坏。从现在起保存的更改可能会丢失。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="100"/>
        <source>The newest sound backup is from %1. Restoring it replaces the database; the damaged file is kept in the backups folder, not deleted. Changes made after that backup are not in it.</source>
        <translation>最新的完好备份来自 %1。恢复它会替换数据库；损坏的文件会保留在备份文件夹中，不会被删除。该备份之后所做的更改不在其中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="108"/>
        <source>There is no sound backup of this database.</source>
        <translation>此数据库没有完好的备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/damage_notice.py" line="112"/>
        <source>You can also keep working read-only (nothing is written), or ignore this for now: the file is checked again at the next start, before anything is written.</source>
        <translation>您也可以以只读方式继续工作（不写入任何内容），或暂时忽略：下次启动时，在写入任何内容之前会再次检查该文件。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="80"/>
        <source>Remember in the system keyring</source>
        <translation>在系统密钥环中记住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="111"/>
        <source>Encrypted Database</source>
        <translation>加密的数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="112"/>
        <source>Encrypt Database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="113"/>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="121"/>
        <source>Change Passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="114"/>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="122"/>
        <source>Remove Encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="119"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="120"/>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="127"/>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation>%1 已加密。请输入其密码短语。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="129"/>
        <source>Encrypt %1 and all its backups with a passphrase. It is asked each time the database is opened.</source>
        <translation>用密码短语加密 %1 及其所有备份。每次打开数据库时都会要求输入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="133"/>
        <source>Change the passphrase of %1. Its backups are re-encrypted with the new one.</source>
        <translation>更改 %1 的密码短语。其备份会用新密码短语重新加密。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="136"/>
        <source>Store %1 and its backups unencrypted again: anyone who gets the files can read them.</source>
        <translation>重新以不加密方式保存 %1 及其备份：任何拿到这些文件的人都能读取它们。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="146"/>
        <source>A lost passphrase cannot be recovered: without it, nobody (not even support) can open the database or its backups.</source>
        <translation>遗失的密码短语无法找回：没有它，任何人（包括技术支持）都无法打开数据库或其备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="153"/>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="156"/>
        <source>Current passphrase:</source>
        <translation>当前密码短语：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="157"/>
        <source>New passphrase:</source>
        <translation>新密码短语：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="158"/>
        <source>Confirm new passphrase:</source>
        <translation>确认新密码短语：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="159"/>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="167"/>
        <source>Keep the passphrase in your operating system&apos;s keyring, so the database opens without asking on this computer account.</source>
        <translation>将密码短语保存在操作系统的密钥环中，这样在此电脑帐户上打开数据库时无需再输入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="176"/>
        <source>No system keyring can be used on this computer, so the passphrase is asked each time.</source>
        <translation>此电脑上没有可用的系统密钥环，因此每次都会要求输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="187"/>
        <source>Too short: at least %1 characters</source>
        <translation>太短：至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="188"/>
        <source>Weak: use a longer passphrase, such as several words</source>
        <translation>弱：请使用更长的密码短语，例如几个词</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="189"/>
        <source>Fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="190"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="201"/>
        <source>The new passphrase is too short.</source>
        <translation>新密码短语太短。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="203"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/passphrase_dialogs.py" line="205"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新密码短语与当前密码短语相同。</translation>
    </message>
</context>
<context>
    <name>ReadGuard</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/read_guard.py" line="61"/>
        <source>Part of this database cannot be read, so this view is incomplete:</source>
        <translation>此数据库的一部分无法读取，因此此视图不完整：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/read_guard.py" line="79"/>
        <source>Part of the database cannot be read; it may be damaged.</source>
        <translation>数据库的一部分无法读取；它可能已损坏。</translation>
    </message>
</context>
<context>
    <name>RecoveryFlow</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="40"/>
        <source>crm-desktop cannot write to %1.</source>
        <translation>crm-desktop 无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="43"/>
        <source>%1

You can open it read-only to look at your records; changes cannot be saved then. To work with it, copy it to a folder of yours or ask for write access.</source>
        <translation>%1

您可以以只读方式打开它来查看记录，但无法保存更改。如需编辑，请将其复制到您自己的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="52"/>
        <source>The database file is damaged (SQLite&apos;s quick check failed). crm-desktop did not write to it.</source>
        <translation>数据库文件已损坏（SQLite 快速检查未通过）。crm-desktop 没有写入该文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="62"/>
        <source>The newest sound backup is from %1. Restoring it replaces the database; the damaged file is kept in the backups folder, not deleted. Changes made after that backup are not in it.</source>
        <translation>最新的完好备份来自 %1。恢复它会替换数据库；损坏的文件会保留在备份文件夹中，不会被删除。该备份之后所做的更改不包含在其中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="70"/>
        <source>There is no sound backup of this database.</source>
        <translation>此数据库没有完好的备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="73"/>
        <source>You can also open the damaged file read-only to see what is readable.</source>
        <translation>您也可以以只读方式打开损坏的文件，查看仍可读取的内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="75"/>
        <source>%1 is damaged.</source>
        <translation>%1 已损坏。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="81"/>
        <source>Database Problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="90"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="93"/>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="94"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="127"/>
        <source>The passphrase kept in the system keyring does not open it any more.</source>
        <translation>系统密钥环中保存的密码短语已无法打开它。</translation>
    </message>
    <message>
        <source>%1 is encrypted. Passphrase:</source>
        <translation type="vanished">%1 已加密。密码短语：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="124"/>
        <source>That passphrase is wrong; the file was not changed.</source>
        <translation>密码短语错误；文件没有改变。</translation>
    </message>
    <message>
        <source>Encrypted Database</source>
        <translation type="vanished">加密数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="168"/>
        <source>Restored %1 from its backup; the damaged file is kept in %2.</source>
        <translation>已从备份恢复 %1；损坏的文件保留在 %2 中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/recovery.py" line="177"/>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation>%1 以只读方式打开：无法保存更改。</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="50"/>
        <source>Encrypt Database…</source>
        <extracomment>What the user asked for: (old passphrase, new passphrase, remember), or None (cancelled).</extracomment>
        <translation>加密数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="51"/>
        <source>Change Passphrase…</source>
        <translation>更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="52"/>
        <source>Remove Encryption…</source>
        <translation>取消加密…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="77"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="81"/>
        <source>Encryption (SQLCipher) protects the database and its backups if the laptop is lost: without the passphrase the files cannot be read. The passphrase is asked when the database is opened, unless it is kept in the system keyring.</source>
        <translation>加密（SQLCipher）可在笔记本电脑丢失时保护数据库及其备份：没有密码短语就无法读取这些文件。打开数据库时会要求输入密码短语，除非它保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="100"/>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="102"/>
        <source>Encryption is not available: the sqlcipher3 package is not installed.</source>
        <translation>加密不可用：未安装 sqlcipher3 软件包。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="104"/>
        <source>%1 is encrypted.</source>
        <translation>%1 已加密。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="106"/>
        <source>%1 is not encrypted.</source>
        <translation>%1 未加密。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="212"/>
        <source>Encrypting the database and its backups…</source>
        <translation>正在加密数据库及其备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="213"/>
        <source>Re-encrypting the database and its backups…</source>
        <translation>正在重新加密数据库及其备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="214"/>
        <source>Decrypting the database and its backups…</source>
        <translation>正在解密数据库及其备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="220"/>
        <source>This cannot be cancelled: every page of each file is rewritten, and stopping half-way could leave a file that opens with neither passphrase.</source>
        <translation>此操作无法取消：每个文件的每一页都会被重写，中途停止可能会留下一个新旧密码短语都打不开的文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="240"/>
        <source>Encrypt Database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="241"/>
        <source>Change Passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="242"/>
        <source>Remove Encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="248"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>当前密码短语错误。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="255"/>
        <source>Nothing was changed; the database is as it was:
%1</source>
        <translation>未做任何更改；数据库保持原样：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="264"/>
        <source>The database and its backups are encrypted.</source>
        <translation>数据库及其备份已加密。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="265"/>
        <source>The passphrase was changed, for the backups too.</source>
        <translation>密码短语已更改，备份也已更新。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="266"/>
        <source>The database and its backups are no longer encrypted.</source>
        <translation>数据库及其备份已不再加密。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/safety/security_section.py" line="269"/>
        <source>The passphrase is kept in the system keyring.</source>
        <translation>密码短语已保存在系统密钥环中。</translation>
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
