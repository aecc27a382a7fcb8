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
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../ui/checklist.py" line="45"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="46"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="89"/>
        <source>Bonuses</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="90"/>
        <source>Form-level deductions</source>
        <translation>整表扣分项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="92"/>
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="118"/>
        <source>Tick %s</source>
        <translation>记录 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="127"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="136"/>
        <source>Enter %s</source>
        <translation>录入 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="151"/>
        <source>This period&apos;s form is already signed: the entry was not saved. To change it, make a correction (a new revision) of the form.</source>
        <translation>本期考核表已签字：此记录未保存。如需更改，请对考核表进行更正（新修订版）。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="154"/>
        <source>The disk is full: this entry was not saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>磁盘已满：这条记录未保存，之前保存的数据不受影响。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="157"/>
        <source>The database cannot be written (read-only): this entry was not saved. Everything saved before is safe.</source>
        <translation>数据库无法写入（只读）：这条记录未保存，之前保存的数据不受影响。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="176"/>
        <source>  (N/A)</source>
        <translation>  （不适用）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist.py" line="200"/>
        <source>%n input(s) missing</source>
        <translation>
            <numerusform>缺少 %n 项输入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist.py" line="202"/>
        <source>%n item(s) await approval</source>
        <translation>
            <numerusform>%n 项待审批</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="204"/>
        <source>Veto: %s</source>
        <translation>否决：%s</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../ui/employee_dialog.py" line="33"/>
        <source>Edit employee</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="33"/>
        <source>Add employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="35"/>
        <source>e.g. 1024</source>
        <translation>例如 1024</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="48"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="51"/>
        <source>On probation (no star rating)</source>
        <translation>试用期（不评星级）</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="69"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="71"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="72"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="74"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="89"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="106"/>
        <source>No rubric for this post.</source>
        <translation>该岗位没有考核标准。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="108"/>
        <source>Rubric: {name}</source>
        <translation>考核标准：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="133"/>
        <source>Enter the employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="135"/>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="137"/>
        <source>Choose a team (add one first with Teams → Add team).</source>
        <translation>请选择班组（若没有，先用“班组 → 添加班组”添加）。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="139"/>
        <source>Choose a post: it decides which rubric is used.</source>
        <translation>请选择岗位：岗位决定使用哪套考核标准。</translation>
    </message>
</context>
<context>
    <name>EmployeeListModel</name>
    <message>
        <location filename="../../ui/employee_list.py" line="59"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="59"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="59"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="87"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="88"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="88"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
</context>
<context>
    <name>EmployeePanel</name>
    <message>
        <location filename="../../ui/employee_list.py" line="105"/>
        <source>Search name, number or initials (Ctrl+F)</source>
        <translation>搜索姓名、工号或拼音首字母 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="108"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="154"/>
        <source>Add employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="155"/>
        <source>Edit employee</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="156"/>
        <location filename="../../ui/employee_list.py" line="228"/>
        <location filename="../../ui/employee_list.py" line="307"/>
        <source>Deactivate employee</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="158"/>
        <source>Import employees…</source>
        <translation>导入员工…</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="228"/>
        <source>Reactivate employee</source>
        <translation>重新启用员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="308"/>
        <source>Deactivate {name} ({code})? Their records stay; they are listed again when “Show inactive” is ticked.</source>
        <translation>停用 {name}（{code}）？其记录会保留；勾选“显示已停用”后会再次列出。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="315"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/form_dialog.py" line="41"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="41"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="41"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="48"/>
        <source>Appraiser signs…</source>
        <translation>考核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="49"/>
        <source>Employee signs…</source>
        <translation>被考核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="50"/>
        <source>Employee disputes…</source>
        <translation>被考核人提出异议…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="51"/>
        <source>Approve entries…</source>
        <translation>审批记录…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="52"/>
        <source>Reviewer signs…</source>
        <translation>复核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="53"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="54"/>
        <source>Re-evaluate team figures</source>
        <translation>重新计算团队数据</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="55"/>
        <source>Correct (new revision)</source>
        <translation>更正（新修订版）</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="56"/>
        <source>PDF preview…</source>
        <translation>PDF 预览…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="82"/>
        <source>acknowledge by %s</source>
        <translation>须于 %s 前确认</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="95"/>
        <source>Appraiser</source>
        <translation>考核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="95"/>
        <source>Employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="96"/>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="101"/>
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="103"/>
        <source>Disputed: %s</source>
        <translation>异议：%s</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="119"/>
        <source>Bonuses, deductions and vetoes</source>
        <translation>加分、扣分与否决</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="132"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="153"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="153"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="154"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="154"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="155"/>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="155"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="163"/>
        <source>Appraiser signs</source>
        <translation>考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="164"/>
        <source>Employee signs</source>
        <translation>被考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="165"/>
        <source>Employee disputes</source>
        <translation>被考核人提出异议</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="167"/>
        <source>Reviewer signs</source>
        <translation>复核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="168"/>
        <source>Lock the form</source>
        <translation>锁定考核表</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="188"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="195"/>
        <source>Approve entries</source>
        <translation>审批记录</translation>
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
        <location filename="../../ui/forms_panel.py" line="45"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="45"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="45"/>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="45"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="46"/>
        <source>Acknowledge by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="46"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="115"/>
        <source>Folder for the PDFs</source>
        <translation>PDF 保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="119"/>
        <source>Printing forms…</source>
        <translation>正在生成考核表…</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="148"/>
        <source>Printed</source>
        <translation>已生成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forms_panel.py" line="149"/>
        <source>%n PDF(s) written to %1</source>
        <translation>
            <numerusform>已生成 %n 份 PDF，保存在 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="155"/>
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
        <location filename="../../ui/history_view.py" line="75"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="82"/>
        <source>deleted: %s</source>
        <translation>已删除：%s</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="96"/>
        <location filename="../../ui/history_view.py" line="101"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="97"/>
        <source>Why is this entry deleted?</source>
        <translation>删除这条记录的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="102"/>
        <source>A reason is required to delete an entry.</source>
        <translation>删除记录必须注明原因。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="69"/>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>Import employees</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <source>Choose a .csv or .xlsx file</source>
        <translation>选择 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="75"/>
        <source>Columns: 工号 (code), 姓名 (name), 班组 (team), 岗位 (post), 入职日期 (hire_date), 试用期 (probation). Unknown teams are created.</source>
        <translation>列：工号 (code)、姓名 (name)、班组 (team)、岗位 (post)、入职日期 (hire_date)、试用期 (probation)。不存在的班组会自动创建。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="96"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>Employee lists (*.csv *.xlsx);;All files (*)</source>
        <translation>员工名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="131"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <source>{bad} problem(s) in the file. Correct the file and choose it again; nothing is imported while a row has a problem.</source>
        <translation>文件中有 {bad} 处问题。请修改文件后重新选择；只要还有一行有问题，就不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>{good} employee(s) ready to import.</source>
        <translation>{good} 名员工可以导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>New teams: {teams}.</source>
        <translation>新班组：{teams}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="169"/>
        <source>Columns not used: {columns}.</source>
        <translation>未使用的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="173"/>
        <source>The file has no employees.</source>
        <translation>文件中没有员工。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="209"/>
        <source>Imported 1 employee.</source>
        <translation>已导入 1 名员工。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="210"/>
        <source>Imported {count} employees.</source>
        <translation>已导入 {count} 名员工。</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../ui/checklist_rows.py" line="89"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="100"/>
        <source>Amount per occurrence</source>
        <translation>每次的分值</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="103"/>
        <source>Severe ×%s</source>
        <translation>严重 ×%s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="106"/>
        <source>Next tick counts as severe (S)</source>
        <translation>下一条记录按严重计 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="107"/>
        <source>Remove the latest occurrence (−)</source>
        <translation>撤掉最近一条记录 (−)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="113"/>
        <source>Add an occurrence (+)</source>
        <translation>增加一条记录 (+)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>Appraisal Desk 考评台</source>
        <translation>考评台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Choose an employee on the left to open the inspection checklist of their post.</source>
        <translation>在左侧选择员工，即可打开其岗位的检查表。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Month so far</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <location filename="../../ui/main_window.py" line="148"/>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Period %s</source>
        <translation>考核期 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>&amp;Employees</source>
        <translation>员工(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Audit trail…</source>
        <translation>审计记录…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Next employee</source>
        <translation>下一位员工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Previous employee</source>
        <translation>上一位员工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Cannot open the checklist</source>
        <translation>无法打开检查表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>The audit trail was tampered with: %s</source>
        <translation>审计记录已被篡改：%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>The new language applies from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/month_view.py" line="26"/>
        <source>Previous period</source>
        <translation>上一考核期</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="27"/>
        <source>Next period</source>
        <translation>下一考核期</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="39"/>
        <source>Section / item</source>
        <translation>类别 / 项目</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="39"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="40"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="64"/>
        <source>Missing inputs: %s</source>
        <translation>缺少的输入：%s</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="67"/>
        <source>Awaiting approval: %s</source>
        <translation>待审批：%s</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="69"/>
        <source>Complete: every input is in.</source>
        <translation>已齐全：所有输入均已录入。</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="80"/>
        <source>Bonuses, deductions and vetoes</source>
        <translation>加分、扣分与否决</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="25"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="28"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>Printed on forms as the inspector</source>
        <translation>作为检查人打印在考核表上</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>day </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>day 1 (calendar months)</source>
        <translation>第 1 日（自然月）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Remove demo data…</source>
        <translation>删除演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>A new language is fully applied at the next start.</source>
        <translation>新语言将在下次启动时完全生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Inspector&apos;s name</source>
        <translation>检查人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Assessment period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Months start on</source>
        <translation>每月起始日</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Now: {key}, {start} to {end}</source>
        <translation>当前：{key}，{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>The demo team, its employees and their records can be removed in one step. Your own data is not touched.</source>
        <translation>可一键删除演示班组及其员工和记录，不影响您自己的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>There is no demo data.</source>
        <translation>没有演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Remove demo data</source>
        <translation>删除演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Remove the demo team, its employees and all their inspections and KPI figures? This cannot be undone.</source>
        <translation>删除演示班组、其员工及他们的全部检查记录和 KPI 数据？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>Demo data not removed</source>
        <translation>演示数据未删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>The demo data was removed.</source>
        <translation>演示数据已删除。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/sign_dialog.py" line="33"/>
        <source>Employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="41"/>
        <source>your own PIN</source>
        <translation>本人 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="42"/>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="43"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="46"/>
        <source>why the employee disagrees</source>
        <translation>被考核人的异议理由</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="47"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="59"/>
        <source>Sign below:</source>
        <translation>请在下方签字：</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="61"/>
        <source>Clear signature</source>
        <translation>清除签字</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="67"/>
        <source>No app user may sign this. The HR admin adds users with their roles and PINs.</source>
        <translation>没有可签此项的用户。请人事管理员添加用户及其角色和 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="73"/>
        <source>Please sign in the box.</source>
        <translation>请在框内签字。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="76"/>
        <source>Enter your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="79"/>
        <source>A dispute needs a reason.</source>
        <translation>提出异议须说明理由。</translation>
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
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="16"/>
        <source>Rename team</source>
        <translation>重命名班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="16"/>
        <source>Add team</source>
        <translation>添加班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="28"/>
        <source>Team name</source>
        <translation>班组名称</translation>
    </message>
    <message>
        <location filename="../../ui/team_dialog.py" line="38"/>
        <source>Enter the team&apos;s name.</source>
        <translation>请输入班组名称。</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <location filename="../../ui/team_picker.py" line="35"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="36"/>
        <source>Add team</source>
        <translation>添加班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="38"/>
        <source>Rename team</source>
        <translation>重命名班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="40"/>
        <location filename="../../ui/team_picker.py" line="99"/>
        <location filename="../../ui/team_picker.py" line="131"/>
        <source>Deactivate team</source>
        <translation>停用班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="43"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="64"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="68"/>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="99"/>
        <source>Reactivate team</source>
        <translation>重新启用班组</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="132"/>
        <source>Deactivate the team “{name}”? Its employees and their records stay.</source>
        <translation>停用班组“{name}”？其员工及记录会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/team_picker.py" line="138"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>ValueRow</name>
    <message>
        <location filename="../../ui/checklist_rows.py" line="160"/>
        <source>Met ✓</source>
        <translation>达标 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="160"/>
        <source>Not met ✗</source>
        <translation>未达标 ✗</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="173"/>
        <source>from the team&apos;s results</source>
        <translation>取自班组结果</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="215"/>
        <source>Not a number: %s</source>
        <translation>不是数字：%s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="218"/>
        <source>Counts are whole numbers</source>
        <translation>次数须为整数</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="222"/>
        <source>The denominator must be above 0</source>
        <translation>分母必须大于 0</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="226"/>
        <source>Between 0 and %s</source>
        <translation>须在 0 到 %s 之间</translation>
    </message>
</context>
</TS>
