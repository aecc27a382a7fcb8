<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_view.py" line="28"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="31"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="35"/>
        <source>who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="37"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="39"/>
        <source>from (2026-11-01)</source>
        <translation>起始日期（2026-11-01）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="43"/>
        <source>Verify the chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="48"/>
        <source>Who</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="48"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="49"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="49"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="50"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_view.py" line="83"/>
        <source>Intact: %n event(s) checked.</source>
        <translation>
            <numerusform>完好：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="86"/>
        <source>The audit trail was tampered with: %s</source>
        <translation>审计记录已被篡改：%s</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="39"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="43"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="48"/>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="55"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="55"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="55"/>
        <source>Checked</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="55"/>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="56"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="56"/>
        <source>Newest entry</source>
        <translation>最新记录</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="85"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="85"/>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="100"/>
        <location filename="../../ui/backup_dialog.py" line="107"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="121"/>
        <source>Backed up and verified: %s</source>
        <translation>已备份并校验：%s</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="134"/>
        <source>Restore the backup of %1?

It holds %2 employees and %3 entries, the newest entered %4. The current database is kept beside it, not deleted. The app closes afterwards; start it again.</source>
        <translation>恢复 %1 的备份？

其中有 %2 名员工、%3 条记录，最新记录录入于 %4。当前数据库会保留在旁边，不会删除。恢复后程序将关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="140"/>
        <location filename="../../ui/backup_dialog.py" line="149"/>
        <location filename="../../ui/backup_dialog.py" line="150"/>
        <location filename="../../ui/backup_dialog.py" line="154"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="155"/>
        <source>Restored. The previous database is kept as %s. The app closes now; start it again.</source>
        <translation>已恢复。原数据库已保留为 %s。程序即将关闭，请重新启动。</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../ui/checklist.py" line="47"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="48"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="100"/>
        <source>Bonuses</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="101"/>
        <source>Form-level deductions</source>
        <translation>整表扣分项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="103"/>
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="127"/>
        <source>Tick %s</source>
        <translation>记录 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="140"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="152"/>
        <source>Enter %s</source>
        <translation>录入 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="188"/>
        <source>  (N/A)</source>
        <translation>  （不适用）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist.py" line="211"/>
        <source>%n input(s) missing</source>
        <translation>
            <numerusform>缺少 %n 项输入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist.py" line="213"/>
        <source>%n item(s) await approval</source>
        <translation>
            <numerusform>%n 项待审批</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="215"/>
        <source>Veto: %s</source>
        <translation>否决：%s</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../ui/crash_report.py" line="51"/>
        <source>Something unexpected went wrong: %1

Nothing you saved was lost: every tick and signature is stored the moment you make it. If this happens again, send the details to whoever looks after this PC.</source>
        <translation>发生了意外错误：%1

已保存的内容没有丢失：每条记录和签名在操作时即已保存。如果再次出现，请把详细信息发给负责这台电脑的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="58"/>
        <source>The details are also in %1</source>
        <translation>详细信息也已写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash_report.py" line="61"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>DamagedStore</name>
    <message>
        <location filename="../../ui/damaged_store.py" line="16"/>
        <source>%1 is damaged and no good backup was found.

%2

The file was left exactly as it is.</source>
        <translation>%1 已损坏，且未找到完好的备份。

%2

文件保持原样，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/damaged_store.py" line="21"/>
        <source>%1 is damaged:
%2

Restore the newest good backup (%3)? The damaged file is kept beside it, not deleted.</source>
        <translation>%1 已损坏：
%2

是否恢复最新的完好备份（%3）？损坏的文件会保留在旁边，不会删除。</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../ui/employee_dialog.py" line="35"/>
        <source>Edit employee</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="35"/>
        <source>Add employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="37"/>
        <source>e.g. 1024</source>
        <translation>例如 1024</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="50"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="53"/>
        <source>On probation (no star rating)</source>
        <translation>试用期（不评星级）</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="71"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="72"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="73"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="74"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="76"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="91"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="108"/>
        <source>No rubric for this post.</source>
        <translation>该岗位没有考核标准。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="110"/>
        <source>Rubric: {name}</source>
        <translation>考核标准：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="135"/>
        <source>Enter the employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="137"/>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="139"/>
        <source>Choose a team (add one first with Teams → Add team).</source>
        <translation>请选择班组（若没有，先用“班组 → 添加班组”添加）。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="141"/>
        <source>Choose a post: it decides which rubric is used.</source>
        <translation>请选择岗位：岗位决定使用哪套考核标准。</translation>
    </message>
</context>
<context>
    <name>EmployeeListModel</name>
    <message>
        <location filename="../../ui/employee_list.py" line="61"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="61"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="61"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="89"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="90"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="90"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
</context>
<context>
    <name>EmployeePanel</name>
    <message>
        <location filename="../../ui/employee_list.py" line="108"/>
        <source>Search name, number or initials (Ctrl+F)</source>
        <translation>搜索姓名、工号或拼音首字母 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="111"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="166"/>
        <source>Add employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="167"/>
        <source>Edit employee</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="168"/>
        <location filename="../../ui/employee_list.py" line="249"/>
        <location filename="../../ui/employee_list.py" line="331"/>
        <source>Deactivate employee</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="170"/>
        <source>Import employees…</source>
        <translation>导入员工…</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="249"/>
        <source>Reactivate employee</source>
        <translation>重新启用员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="332"/>
        <source>Deactivate {name} ({code})? Their records stay; they are listed again when “Show inactive” is ticked.</source>
        <translation>停用 {name}（{code}）？其记录会保留；勾选“显示已停用”后会再次列出。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The disk is full: nothing was saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>磁盘已满：未保存任何内容，之前保存的数据不受影响。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>The database cannot be written (read-only): nothing was saved. Everything saved before is safe.</source>
        <translation>数据库无法写入（只读）：未保存任何内容，之前保存的数据不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Another program is holding the database: nothing was saved. Everything saved before is safe. Close the other program and try again.</source>
        <translation>另一个程序正占用数据库：未保存任何内容，之前保存的数据不受影响。请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>The disk reported an error: nothing was saved. Everything saved before is safe. Check the disk and try again.</source>
        <translation>磁盘报告了读写错误：未保存任何内容，之前保存的数据不受影响。请检查磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83"/>
        <source>The database file is damaged: nothing was saved. Stop working in it and restore the newest good backup (Tools → Backups); nothing is repaired or overwritten automatically.</source>
        <translation>数据库文件已损坏：未保存任何内容。请停止使用该文件，并恢复最新的完好备份（工具 → 备份）；程序不会自动修复或覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>This period&apos;s form is already signed: the entry was not saved. To change it, make a correction (a new revision) of the form.</source>
        <translation>本期考核表已签字：此记录未保存。如需更改，请对考核表进行更正（新修订版）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>The backup folder cannot be used (is the USB stick plugged in?): no backup was taken.</source>
        <translation>无法使用备份文件夹（U 盘是否已插好？）：未进行备份。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>Your role does not allow this: nothing was saved. Ask the HR admin if it needs doing.</source>
        <translation>您的角色无权执行此操作：未保存任何内容。如确需执行，请联系人事管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="97"/>
        <source>The organisation&apos;s signing key is locked: nothing was signed or saved. The HR admin unlocks it once per start (Settings → Signing key) with the key passphrase.</source>
        <translation>单位签章密钥已锁定：未签字，也未保存任何内容。人事管理员每次启动后需用密钥口令解锁一次（设置 → 签章密钥）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="101"/>
        <source>Wrong key passphrase: the signing key stays locked.</source>
        <translation>密钥口令错误：签章密钥仍处于锁定状态。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>This form was changed outside the app since it was signed: it is not printed. Ask the HR admin to run the store check and compare it with a backup.</source>
        <translation>此考核表签字后在本程序之外被改动：不予打印。请人事管理员运行数据库检查并与备份核对。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107"/>
        <source>The backup failed: no backup was taken, the database is unchanged.</source>
        <translation>备份失败：未进行备份，数据库未被改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117"/>
        <source>Too many wrong PINs: %1 is locked. Try again in %2 s.</source>
        <translation>PIN 码错误次数过多：%1 已锁定，请 %2 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>Too many wrong PINs: %1 is locked. Try again in %2 min.</source>
        <translation>PIN 码错误次数过多：%1 已锁定，请 %2 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>This record no longer exists (it may have been removed meanwhile): nothing was saved.</source>
        <translation>该记录已不存在（可能已在此期间被删除）：未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>The file cannot be used: %1</source>
        <translation>无法使用该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>发生了意外错误：%1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/form_dialog.py" line="40"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="40"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="40"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="50"/>
        <source>Appraiser signs…</source>
        <translation>考核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="51"/>
        <source>Employee signs…</source>
        <translation>被考核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="52"/>
        <source>Employee disputes…</source>
        <translation>被考核人提出异议…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="53"/>
        <source>Approve entries…</source>
        <translation>审批记录…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="54"/>
        <source>Reviewer signs…</source>
        <translation>复核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="55"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="56"/>
        <source>Re-evaluate team figures</source>
        <translation>重新计算团队数据</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="57"/>
        <source>Correct (new revision)</source>
        <translation>更正（新修订版）</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="58"/>
        <source>PDF preview…</source>
        <translation>PDF 预览…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="59"/>
        <source>Save signed PDF…</source>
        <translation>保存签章 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="91"/>
        <source>acknowledge by %s</source>
        <translation>须于 %s 前确认</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="93"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="95"/>
        <source>revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="105"/>
        <source>This form was changed outside the app since it was signed: it is not printed and no step can be taken. Ask the HR admin to run the store check.</source>
        <translation>此考核表签字后在本程序之外被改动：不予打印，也不能进行任何步骤。请人事管理员运行数据库检查。</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="114"/>
        <source>Appraiser</source>
        <translation>考核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="114"/>
        <source>Employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="115"/>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="120"/>
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="122"/>
        <source>Disputed: %s</source>
        <translation>异议：%s</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="138"/>
        <source>Bonuses, deductions and vetoes</source>
        <translation>加分、扣分与否决</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="150"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="186"/>
        <source>Appraiser signs</source>
        <translation>考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="187"/>
        <source>Employee signs</source>
        <translation>被考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="188"/>
        <source>Employee disputes</source>
        <translation>被考核人提出异议</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="190"/>
        <source>Reviewer signs</source>
        <translation>复核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="191"/>
        <source>Lock the form</source>
        <translation>锁定考核表</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="219"/>
        <source>Approve entries</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="254"/>
        <source>Save signed PDF</source>
        <translation>保存签章 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="256"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="276"/>
        <source>Saving the signed PDF…</source>
        <translation>正在保存签章 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="277"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="278"/>
        <source>Signed PDF saved: %1</source>
        <translation>签章 PDF 已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="279"/>
        <source>Saving stopped</source>
        <translation>保存已停止</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <location filename="../../ui/form_state_names.py" line="9"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="10"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="11"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="12"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="13"/>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="14"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <location filename="../../ui/forms_panel.py" line="37"/>
        <source>Create this period&apos;s forms</source>
        <translation>生成本期考核表</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="39"/>
        <source>Print all as PDF…</source>
        <translation>全部导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="47"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="47"/>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="47"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="48"/>
        <source>Acknowledge by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="48"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="116"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="159"/>
        <source>Folder for the PDFs</source>
        <translation>PDF 保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="176"/>
        <source>Printing forms…</source>
        <translation>正在生成考核表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forms_panel.py" line="177"/>
        <source>%n signed PDF(s) written to %1</source>
        <translation>
            <numerusform>已生成 %n 份签章 PDF，保存在 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="176"/>
        <source>Printed</source>
        <translation>已生成</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="179"/>
        <source>Printing stopped</source>
        <translation>生成已停止</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.py" line="33"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="33"/>
        <source>Who</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="33"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="33"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="34"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="40"/>
        <source>Delete with reason…</source>
        <translation>注明原因并删除…</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="101"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="108"/>
        <source>deleted: %s</source>
        <translation>已删除：%s</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="122"/>
        <location filename="../../ui/history_view.py" line="127"/>
        <location filename="../../ui/history_view.py" line="136"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="123"/>
        <source>Why is this entry deleted?</source>
        <translation>删除这条记录的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="128"/>
        <source>A reason is required to delete an entry.</source>
        <translation>删除记录必须注明原因。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="49"/>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>Import employees</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>Choose a .csv or .xlsx file</source>
        <translation>选择 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="53"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>Columns: 工号 (code), 姓名 (name), 班组 (team), 岗位 (post), 入职日期 (hire_date), 试用期 (probation). Unknown teams are created.</source>
        <translation>列：工号 (code)、姓名 (name)、班组 (team)、岗位 (post)、入职日期 (hire_date)、试用期 (probation)。不存在的班组会自动创建。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="76"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>Employee lists (*.csv *.xlsx);;All files (*)</source>
        <translation>员工名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="129"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="143"/>
        <source>{bad} problem(s) in the file. Correct the file and choose it again; nothing is imported while a row has a problem.</source>
        <translation>文件中有 {bad} 处问题。请修改文件后重新选择；只要还有一行有问题，就不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="147"/>
        <source>{good} employee(s) ready to import.</source>
        <translation>{good} 名员工可以导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>New teams: {teams}.</source>
        <translation>新班组：{teams}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <source>Columns not used: {columns}.</source>
        <translation>未使用的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>The file has no employees.</source>
        <translation>文件中没有员工。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="187"/>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Imported 1 employee.</source>
        <translation>已导入 1 名员工。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Imported {count} employees.</source>
        <translation>已导入 {count} 名员工。</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../ui/checklist_rows.py" line="101"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="112"/>
        <source>Amount per occurrence</source>
        <translation>每次的分值</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="115"/>
        <source>Severe ×%s</source>
        <translation>严重 ×%s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="118"/>
        <source>Next tick counts as severe (S)</source>
        <translation>下一条记录按严重计 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="119"/>
        <source>Remove the latest occurrence (−)</source>
        <translation>撤掉最近一条记录 (−)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="125"/>
        <source>Add an occurrence (+)</source>
        <translation>增加一条记录 (+)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="90"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="94"/>
        <source>Appraisal Desk was locked after a while without use. {name} ({role}): enter your PIN to continue.</source>
        <translation>考评台因一段时间未操作已锁定。{name}（{role}）：请输入您的 PIN 码以继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="98"/>
        <source>Users now exist: sign in to continue.</source>
        <translation>已设置用户：请登录后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="103"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="107"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="127"/>
        <source>Choose who you are and enter your own PIN.</source>
        <translation>请选择您的用户名并输入本人 PIN 码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Appraisal Desk 考评台</source>
        <translation>考评台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Choose an employee on the left to open the inspection checklist of their post.</source>
        <translation>在左侧选择员工，即可打开其岗位的检查表。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Month so far</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Period %s</source>
        <translation>考核期 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Employees</source>
        <translation>员工(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Audit trail…</source>
        <translation>审计记录…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Users…</source>
        <translation>用户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Next employee</source>
        <translation>下一位员工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Previous employee</source>
        <translation>上一位员工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Cannot open the checklist</source>
        <translation>无法打开检查表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>This employee is not in one of your teams.</source>
        <translation>该员工不在您负责的班组中。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Daily backup failed: %s</source>
        <translation>每日备份失败：%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Store check: no problem found</source>
        <translation>数据库检查：未发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Store check</source>
        <translation>数据库检查</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="247"/>
        <source>The database was changed outside the app, or is damaged: %n problem(s) found. Forms that fail the check are not printed. Ask the HR admin to compare it with a backup.</source>
        <translation>
            <numerusform>数据库在本程序之外被改动或已损坏：发现 %n 个问题。未通过检查的考核表不会打印。请人事管理员与备份核对。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>The new language applies from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <location filename="../../ui/month_view.py" line="31"/>
        <source>Previous period</source>
        <translation>上一考核期</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="32"/>
        <source>Next period</source>
        <translation>下一考核期</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="44"/>
        <source>Section / item</source>
        <translation>类别 / 项目</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="44"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="45"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="98"/>
        <source>Missing inputs: %s</source>
        <translation>缺少的输入：%s</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="101"/>
        <source>Awaiting approval: %s</source>
        <translation>待审批：%s</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="103"/>
        <source>Complete: every input is in.</source>
        <translation>已齐全：所有输入均已录入。</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="114"/>
        <source>Bonuses, deductions and vetoes</source>
        <translation>加分、扣分与否决</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="98"/>
        <source>Choose a new PIN</source>
        <translation>设置新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="99"/>
        <source>{name}: your PIN is shorter than the rule now asks. Choose a new PIN of 6–12 digits, or a password of at least 8 characters.</source>
        <translation>{name}：您的 PIN 码短于现行规定。请设置新的 PIN 码：6–12 位数字，或至少 8 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="103"/>
        <source>6–12 digits, or 8+ characters</source>
        <translation>6–12 位数字，或至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="104"/>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="114"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="115"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="129"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致：请输入相同的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="132"/>
        <source>A PIN is 6–12 digits, or a password of at least 8 characters.</source>
        <translation>PIN 码须为 6–12 位数字，或至少 8 个字符的密码。</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ui/pdf_export.py" line="36"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="60"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="33"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="36"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/sign_in.py" line="30"/>
        <source>shift lead</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="31"/>
        <source>reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="32"/>
        <source>HR admin</source>
        <translation>人事管理员</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="38"/>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Printed on forms as the inspector</source>
        <translation>作为检查人打印在考核表上</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>day </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>day 1 (calendar months)</source>
        <translation>第 1 日（自然月）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Remove demo data…</source>
        <translation>删除演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>A new language is fully applied at the next start.</source>
        <translation>新语言将在下次启动时完全生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Inspector&apos;s name</source>
        <translation>检查人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Assessment period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Months start on</source>
        <translation>每月起始日</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>Signing key</source>
        <translation>签章密钥</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Signing key…</source>
        <translation>签章密钥…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>Now: {key}, {start} to {end}</source>
        <translation>当前：{key}，{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="133"/>
        <source>The demo team, its employees and their records can be removed in one step. Your own data is not touched.</source>
        <translation>可一键删除演示班组及其员工和记录，不影响您自己的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>There is no demo data.</source>
        <translation>没有演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>Remove demo data</source>
        <translation>删除演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>Remove the demo team, its employees and all their inspections and KPI figures? This cannot be undone.</source>
        <translation>删除演示班组、其员工及他们的全部检查记录和 KPI 数据？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Demo data not removed</source>
        <translation>演示数据未删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>The demo data was removed.</source>
        <translation>演示数据已删除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source>The demo data was removed, except %n employee(s) with signed forms: a signed form is never deleted, so they stay as inactive employees.</source>
        <translation>
            <numerusform>演示数据已删除，但保留了 %n 名有已签考核表的员工：已签的考核表永不删除，这些员工改为停用状态保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/sign_dialog.py" line="40"/>
        <source>Employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="50"/>
        <source>your own PIN</source>
        <translation>本人 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="51"/>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="52"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="55"/>
        <source>why the employee disagrees</source>
        <translation>被考核人的异议理由</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="68"/>
        <source>Sign below:</source>
        <translation>请在下方签字：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="70"/>
        <source>Clear signature</source>
        <translation>清除签字</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="77"/>
        <source>No app user may sign this. The HR admin adds users with their roles and PINs.</source>
        <translation>没有可签此项的用户。请人事管理员添加用户及其角色和 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="91"/>
        <source>Please sign in the box.</source>
        <translation>请在框内签字。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="94"/>
        <source>Enter your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="97"/>
        <source>A dispute needs a reason.</source>
        <translation>提出异议须说明理由。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="258"/>
        <source>Sign in — Appraisal Desk 考评台</source>
        <translation>登录 — 考评台</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/sign_in.py" line="165"/>
        <location filename="../../ui/sign_in.py" line="178"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="166"/>
        <source>your own PIN</source>
        <translation>本人 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="172"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="179"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="197"/>
        <source>Nobody can sign in: no active user has a PIN.</source>
        <translation>无人可以登录：没有已启用且设有 PIN 码的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="214"/>
        <source>Choose a user.</source>
        <translation>请选择用户。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="219"/>
        <source>Enter your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="236"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="239"/>
        <source>Your PIN is too short: choose a new one to continue.</source>
        <translation>您的 PIN 码太短：请设置新的 PIN 码后继续。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="20"/>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../../ui/signing_key.py" line="28"/>
        <source>Signing key</source>
        <translation>签章密钥</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="36"/>
        <source>Key passphrase (at least 10 characters)</source>
        <translation>密钥口令（至少 10 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="39"/>
        <source>The same passphrase again</source>
        <translation>再次输入同一口令</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="40"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="41"/>
        <source>Set passphrase</source>
        <translation>设置口令</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="49"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="50"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="51"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="52"/>
        <source>Repeat</source>
        <translation>确认口令</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="72"/>
        <source>Not made yet: it is made with the first signature.</source>
        <translation>尚未生成：第一次签字时自动生成。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="73"/>
        <source>Kept in the system&apos;s keyring; a passphrase copy can be set.</source>
        <translation>保存在系统钥匙串中；可另设口令备份。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="74"/>
        <source>Protected by the key passphrase.</source>
        <translation>由密钥口令保护。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="75"/>
        <source>NOT PROTECTED: anyone who copies the signing folder can sign as the organisation. Set a passphrase.</source>
        <translation>未受保护：任何人复制签章文件夹即可以单位名义签章。请设置口令。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="80"/>
        <source>Locked: enter the passphrase and press Unlock.</source>
        <translation>已锁定：请输入口令并点“解锁”。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="95"/>
        <source>Only the HR admin manages the signing key.</source>
        <translation>只有人事管理员可以管理签章密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="103"/>
        <source>Unlocked until the app closes.</source>
        <translation>已解锁，直到关闭本程序。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="110"/>
        <source>The passphrase needs at least %1 characters: nothing was changed.</source>
        <translation>口令至少需要 %1 个字符：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="114"/>
        <source>The two passphrases differ: nothing was changed.</source>
        <translation>两次输入的口令不一致：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="125"/>
        <source>The passphrase is set. Write it down and keep it safe: without it (and without this computer&apos;s keyring) nothing can be signed.</source>
        <translation>口令已设置。请记下并妥善保管：没有它（且没有本机钥匙串）将无法签章。</translation>
    </message>
</context>
<context>
    <name>StoreChecks</name>
    <message>
        <location filename="../../ui/store_checks.py" line="17"/>
        <source>The database journal left by the last crash was damaged. %1 saved change(s) after %2 could not be recovered. A copy of the journal was kept as %3; this was written to the audit trail.

Check the last entries made before the crash and enter again what is missing.</source>
        <translation>上次异常退出留下的数据库日志已损坏：%2 之后已保存的 %1 项更改无法恢复。日志副本已保存为 %3，此事已写入审计记录。

请核对异常退出前最后录入的内容，并重新录入缺失的部分。</translation>
    </message>
    <message>
        <location filename="../../ui/store_checks.py" line="50"/>
        <source>The full check of the database could not run: %1</source>
        <translation>无法完成数据库完整检查：%1</translation>
    </message>
    <message>
        <location filename="../../ui/store_checks.py" line="68"/>
        <source>The full check found damage in %1:
%2

Nothing will be saved until you choose what to do.</source>
        <translation>完整检查发现 %1 已损坏：
%2

在您做出选择之前，不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/store_checks.py" line="76"/>
        <source>Restore the newest good backup</source>
        <translation>恢复最新的完好备份</translation>
    </message>
    <message>
        <location filename="../../ui/store_checks.py" line="79"/>
        <source>Keep working in this file</source>
        <translation>继续使用此文件</translation>
    </message>
    <message>
        <location filename="../../ui/store_checks.py" line="81"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/store_checks.py" line="92"/>
        <source>The backup was restored; the damaged file was kept beside it. Start the app again to go on.</source>
        <translation>备份已恢复，损坏的文件保留在旁边。请重新启动程序继续工作。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="17"/>
        <source>Rename team</source>
        <translation>重命名班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="17"/>
        <source>Add team</source>
        <translation>添加班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="29"/>
        <source>Team name</source>
        <translation>班组名称</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="39"/>
        <source>Enter the team&apos;s name.</source>
        <translation>请输入班组名称。</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <location filename="../../ui/team_picker.py" line="37"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="38"/>
        <source>Add team</source>
        <translation>添加班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="40"/>
        <source>Rename team</source>
        <translation>重命名班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="42"/>
        <location filename="../../ui/team_picker.py" line="109"/>
        <location filename="../../ui/team_picker.py" line="139"/>
        <source>Deactivate team</source>
        <translation>停用班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="45"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="74"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="78"/>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="109"/>
        <source>Reactivate team</source>
        <translation>重新启用班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="140"/>
        <source>Deactivate the team “{name}”? Its employees and their records stay.</source>
        <translation>停用班组“{name}”？其员工及记录会保留。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="48"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="53"/>
        <location filename="../../ui/users_dialog.py" line="108"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="53"/>
        <location filename="../../ui/users_dialog.py" line="109"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="53"/>
        <location filename="../../ui/users_dialog.py" line="137"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="95"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="103"/>
        <location filename="../../ui/users_dialog.py" line="117"/>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="104"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="110"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="111"/>
        <location filename="../../ui/users_dialog.py" line="134"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="115"/>
        <location filename="../../ui/users_dialog.py" line="204"/>
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="102"/>
        <location filename="../../ui/users_dialog.py" line="116"/>
        <source>6–12 digits, or 8+ characters</source>
        <translation>6–12 位数字，或至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="118"/>
        <source>Change PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="119"/>
        <location filename="../../ui/users_dialog.py" line="206"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="122"/>
        <source>Save teams</source>
        <translation>保存班组</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="129"/>
        <source>A shift lead sees and ticks only the employees of her teams.</source>
        <translation>值班长只能查看和检查其负责班组的员工。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="133"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="142"/>
        <source>Idle lock</source>
        <translation>空闲锁定</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="147"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="148"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="150"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="154"/>
        <source>Lock the window after</source>
        <translation>空闲多久后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="168"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="168"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="170"/>
        <source>no PIN</source>
        <translation>未设 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="203"/>
        <source>Selected user: %s</source>
        <translation>所选用户：%s</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="205"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="237"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致：请输入相同的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="239"/>
        <source>A PIN is 6–12 digits, or a password of at least 8 characters.</source>
        <translation>PIN 码须为 6–12 位数字，或至少 8 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="252"/>
        <source>Added %s.</source>
        <translation>已添加 %s。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="269"/>
        <source>The PIN of %s was changed.</source>
        <translation>%s 的 PIN 码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="286"/>
        <source>%s was deactivated.</source>
        <translation>%s 已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="287"/>
        <source>%s was reactivated.</source>
        <translation>%s 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="300"/>
        <source>The teams of %s were saved.</source>
        <translation>%s 的班组已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="305"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ValueRow</name>
    <message>
        <location filename="../../ui/checklist_rows.py" line="177"/>
        <source>Met ✓</source>
        <translation>达标 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="177"/>
        <source>Not met ✗</source>
        <translation>未达标 ✗</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="190"/>
        <source>from the team&apos;s results</source>
        <translation>取自班组结果</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="235"/>
        <location filename="../../ui/checklist_rows.py" line="238"/>
        <source>Not a number: %s</source>
        <translation>不是数字：%s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="242"/>
        <source>Counts are whole numbers</source>
        <translation>次数须为整数</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="246"/>
        <source>The denominator must be above 0</source>
        <translation>分母必须大于 0</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="250"/>
        <source>Between 0 and %s</source>
        <translation>须在 0 到 %s 之间</translation>
    </message>
</context>
</TS>
