<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="25"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="27"/>
        <source>About Appraisal Desk…</source>
        <translation>关于考评台…</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="57"/>
        <source>About Appraisal Desk</source>
        <translation>关于考评台</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="67"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="76"/>
        <source>Data folder:</source>
        <translation>数据文件夹:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="77"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="86"/>
        <source>Log folder:</source>
        <translation>日志文件夹:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="91"/>
        <source>Fonts:</source>
        <translation>字体:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="111"/>
        <source>Forms are printed with %1 (embedded in each PDF).</source>
        <translation>考核表使用 %1 打印(嵌入每份 PDF)。</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="114"/>
        <source>No Chinese font was found: forms cannot be printed.</source>
        <translation>未找到中文字体:无法打印考核表。</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="119"/>
        <source>Bundled font: %1</source>
        <translation>随附字体:%1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="121"/>
        <source>licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/answer_dialog.py" line="38"/>
        <source>Answer the dispute</source>
        <translation>答复异议</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="40"/>
        <source>%1 disputes this form (%2):</source>
        <translation>%1 对本表提出异议（%2）：</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="46"/>
        <source>Upheld: the employee is right</source>
        <translation>异议成立：员工的意见正确</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="47"/>
        <source>Partly upheld</source>
        <translation>异议部分成立</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="48"/>
        <source>Rejected: the form stands</source>
        <translation>异议不成立：维持本表</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="53"/>
        <source>your answer to the employee: what was checked and what follows</source>
        <translation>给员工的答复：核查了什么，结果如何处理</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="63"/>
        <source>your own PIN</source>
        <translation>本人 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="64"/>
        <source>The answer is printed on the form and cannot be changed. An upheld or partly upheld dispute is corrected with a new revision after the review.</source>
        <translation>答复将打印在考核表上，且不能修改。异议成立或部分成立时，复核后须以新版本更正考核表。</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="73"/>
        <location filename="../../ui/answer_dialog.py" line="79"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="80"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="81"/>
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="82"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="91"/>
        <source>No app user may answer a dispute. The HR admin adds reviewers with their PINs.</source>
        <translation>没有可以答复异议的用户。请人事管理员添加复核人及其 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="109"/>
        <source>Choose the answer: upheld, partly upheld or rejected.</source>
        <translation>请选择答复：异议成立、部分成立或不成立。</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="113"/>
        <source>Write the reasons of the answer.</source>
        <translation>请填写答复的理由。</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.py" line="116"/>
        <source>Enter your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_view.py" line="31"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="34"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="38"/>
        <source>who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="40"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="42"/>
        <source>from (2026-11-01)</source>
        <translation>起始日期（2026-11-01）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="46"/>
        <source>Verify the chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="51"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="51"/>
        <source>Who</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="51"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="52"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="52"/>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_view.py" line="106"/>
        <source>Intact: %n event(s) checked.</source>
        <translation>
            <numerusform>完好：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit_view.py" line="109"/>
        <source>The audit trail was tampered with: %s</source>
        <translation>审计记录已被篡改：%s</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../ui/audit_words.py" line="26"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="27"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="28"/>
        <source>renamed</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="29"/>
        <source>reactivated</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="30"/>
        <source>deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="31"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="32"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="33"/>
        <location filename="../../ui/audit_words.py" line="111"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="34"/>
        <source>note changed</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="35"/>
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="36"/>
        <source>cleared</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="37"/>
        <source>team lead set</source>
        <translation>设置班组长</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="38"/>
        <source>PIN set</source>
        <translation>设置 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="39"/>
        <source>wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="40"/>
        <source>PIN storage upgraded</source>
        <translation>PIN 码存储升级</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="41"/>
        <source>teams set</source>
        <translation>设置负责班组</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="42"/>
        <source>role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="43"/>
        <source>form created</source>
        <translation>生成考核表</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="44"/>
        <source>team figures re-evaluated</source>
        <translation>重新计算班组数据</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="45"/>
        <source>signed by the appraiser</source>
        <translation>考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="46"/>
        <source>signed by the employee</source>
        <translation>被考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="47"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="48"/>
        <source>dispute answered</source>
        <translation>答复异议</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="49"/>
        <source>signed by the reviewer</source>
        <translation>复核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="50"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="51"/>
        <source>corrected (new revision)</source>
        <translation>更正（新版本）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="52"/>
        <source>backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="53"/>
        <source>installed</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="54"/>
        <source>demo users installed</source>
        <translation>安装演示用户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="55"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="56"/>
        <source>signature seals introduced</source>
        <translation>启用签字封印</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="58"/>
        <source>damaged journal found</source>
        <translation>发现损坏的日志</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="59"/>
        <source>integrity checked</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="60"/>
        <source>integrity check overridden</source>
        <translation>跳过完整性检查</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="62"/>
        <source>signing key passphrase set</source>
        <translation>设置签名密钥口令</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="64"/>
        <source>results closed</source>
        <translation>考核结果已封存</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="65"/>
        <source>results reopened</source>
        <translation>考核结果已重新开启</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="72"/>
        <source>Employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="73"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="74"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="75"/>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="76"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="77"/>
        <source>Form</source>
        <translation>考核表</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="78"/>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="79"/>
        <source>Rubric</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="80"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="81"/>
        <location filename="../../ui/audit_words.py" line="82"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="83"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="84"/>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="85"/>
        <source>Closed results</source>
        <translation>考核结果封存</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="92"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="93"/>
        <source>employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="94"/>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="95"/>
        <source>team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="96"/>
        <source>teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="97"/>
        <source>hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="98"/>
        <source>probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="99"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="100"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="101"/>
        <source>team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="102"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="103"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="104"/>
        <location filename="../../ui/audit_words.py" line="105"/>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="106"/>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="107"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="108"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="109"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="110"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="112"/>
        <source>approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="113"/>
        <source>deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="114"/>
        <source>deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="115"/>
        <source>reason for deleting</source>
        <translation>删除原因</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="116"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="117"/>
        <location filename="../../ui/audit_words.py" line="118"/>
        <source>period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="119"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="120"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="121"/>
        <source>revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="122"/>
        <source>employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="123"/>
        <source>reason for disputing</source>
        <translation>异议理由</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="124"/>
        <source>disputed at</source>
        <translation>异议时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="125"/>
        <source>rubric</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="126"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="127"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="128"/>
        <source>started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="129"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="130"/>
        <source>shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="131"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="132"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="133"/>
        <source>wrong PINs in a row</source>
        <translation>连续输错 PIN 码次数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="134"/>
        <source>locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="135"/>
        <source>while</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="136"/>
        <source>needs re-evaluation</source>
        <translation>需重新计算</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="137"/>
        <source>acknowledge by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="138"/>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="139"/>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="140"/>
        <source>signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="141"/>
        <source>locked at</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="142"/>
        <source>locked by</source>
        <translation>锁定人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="143"/>
        <source>correction reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="144"/>
        <location filename="../../ui/audit_words.py" line="147"/>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="145"/>
        <location filename="../../ui/audit_words.py" line="148"/>
        <source>answer&apos;s reasons</source>
        <translation>答复理由</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="146"/>
        <source>team figures</source>
        <translation>班组数据</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="149"/>
        <source>operated by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="150"/>
        <source>corrects form</source>
        <translation>更正的考核表</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="159"/>
        <source>upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="160"/>
        <source>partly upheld</source>
        <translation>异议部分成立</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="161"/>
        <source>rejected</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="162"/>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="163"/>
        <source>signing as appraiser</source>
        <translation>考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="164"/>
        <source>reviewing a form</source>
        <translation>复核考核表</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="165"/>
        <source>locking a form</source>
        <translation>锁定考核表</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="166"/>
        <source>approving entries</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="167"/>
        <source>answering a dispute</source>
        <translation>答复异议</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="192"/>
        <source>(nobody signed in yet)</source>
        <translation>（尚未登录）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="193"/>
        <source>(no sign-in)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="194"/>
        <source>(the program)</source>
        <translation>（程序）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="277"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="278"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="350"/>
        <source>revision %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="41"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="45"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="47"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="50"/>
        <source>Restore the selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="57"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="57"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="57"/>
        <source>Checked</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="57"/>
        <source>Employees</source>
        <translation>员工数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="58"/>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="58"/>
        <source>Newest entry</source>
        <translation>最新记录</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="66"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91"/>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="106"/>
        <location filename="../../ui/backup_dialog.py" line="113"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="127"/>
        <source>Backed up and verified: %s</source>
        <translation>已备份并校验：%s</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="140"/>
        <source>Restore the backup of %1?

It holds %2 employees and %3 entries, the newest entered %4. The current database is kept beside it, not deleted. The app closes afterwards; start it again.</source>
        <translation>恢复 %1 的备份？

其中有 %2 名员工、%3 条记录，最新记录录入于 %4。当前数据库会保留在旁边，不会删除。恢复后程序将关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="146"/>
        <location filename="../../ui/backup_dialog.py" line="155"/>
        <location filename="../../ui/backup_dialog.py" line="156"/>
        <location filename="../../ui/backup_dialog.py" line="160"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="161"/>
        <source>Restored. The previous database is kept as %s. The app closes now; start it again.</source>
        <translation>已恢复。原数据库已保留为 %s。程序即将关闭，请重新启动。</translation>
    </message>
</context>
<context>
    <name>ChecklistStack</name>
    <message>
        <location filename="../../ui/checklist_stack.py" line="80"/>
        <source>Monthly form total: %1</source>
        <translation>本月考核表总分: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_stack.py" line="89"/>
        <source>(%1 counted in its section: %2)</source>
        <translation>(%1 计入所在节: %2)</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../ui/checklist.py" line="57"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="58"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="126"/>
        <source>Bonuses</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="127"/>
        <source>Form-level deductions</source>
        <translation>整表扣分项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="129"/>
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="153"/>
        <source>Tick %s</source>
        <translation>记录 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="166"/>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="178"/>
        <source>Enter %s</source>
        <translation>录入 %s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="245"/>
        <source>(stopped at 0)</source>
        <translation>（已扣至 0 分）</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="245"/>
        <source>  (N/A)</source>
        <translation>  （不适用）</translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="233"/>
        <source>(stopped at %1)</source>
        <translation>（已扣至 %1 分）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist.py" line="270"/>
        <source>%n input(s) missing</source>
        <translation>
            <numerusform>缺少 %n 项输入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checklist.py" line="272"/>
        <source>%n item(s) await approval</source>
        <translation>
            <numerusform>%n 项待审批</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checklist.py" line="274"/>
        <source>Veto: %s</source>
        <translation>否决：%s</translation>
    </message>
</context>
<context>
    <name>ClosePeriodDialog</name>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="61"/>
        <source>Close the period: %1, %2</source>
        <translation>封存考核结果：%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="69"/>
        <source>Close with your PIN and signature</source>
        <translation>以本人 PIN 码和签字封存</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="78"/>
        <source>your own PIN</source>
        <translation>本人 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="80"/>
        <source>Clear signature</source>
        <translation>清除签字</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="82"/>
        <source>Close the period</source>
        <translation>封存本期结果</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="86"/>
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="87"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="90"/>
        <source>Closing freezes every rank, star and pay figure of the team for this period, like a signed form. Its locked forms can then only be corrected after reopening it.</source>
        <translation>封存后，本班组本期的名次、星级和绩效工资即被冻结，如同已签字的考核表；其已锁定的考核表须先重新开启本期才能更正。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="93"/>
        <source>Sign below:</source>
        <translation>请在下方签字：</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="101"/>
        <source>Save signed PDF…</source>
        <translation>保存签章 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="105"/>
        <source>why the closed results are opened again</source>
        <translation>重新开启已封存结果的原因</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="106"/>
        <source>Reopen…</source>
        <translation>重新开启…</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="141"/>
        <source>The team has no forms for this period.</source>
        <translation>本班组本期没有考核表。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="142"/>
        <source>Forms not locked yet: %1</source>
        <translation>尚未锁定的考核表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="143"/>
        <source>Without a form: %1</source>
        <translation>尚无考核表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="144"/>
        <source>Figures that cannot be read: %1</source>
        <translation>无法读取的分数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="145"/>
        <source>Already closed: reopen it to close it again.</source>
        <translation>已封存：如需重新封存，请先重新开放。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="155"/>
        <source>Closed by %1 on %2 (revision %3, SHA-256 %4…).</source>
        <translation>已由 %1 于 %2 封存（第 %3 版，SHA-256 %4…）。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="160"/>
        <source>Reopened by %1 on %2: %3. Close it again once its forms are locked.</source>
        <translation>%1 于 %2 重新开启：%3。考核表锁定后请再次封存。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="164"/>
        <source>This period cannot be closed yet:</source>
        <translation>本期尚不能封存：</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="166"/>
        <source>Every form of the team is locked: the period can be closed.</source>
        <translation>本班组的考核表均已锁定：可以封存本期结果。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="175"/>
        <source>Only a reviewer or the HR admin closes a period.</source>
        <translation>只有复核人或人事管理员可以封存考核结果。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="177"/>
        <source>No app user may close a period. The HR admin adds reviewers with their PINs.</source>
        <translation>没有可封存考核结果的用户。请人事管理员添加复核人并设置 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="188"/>
        <source>Please sign in the box.</source>
        <translation>请在框内签字。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="191"/>
        <source>Enter your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="199"/>
        <source>Period not closed</source>
        <translation>考核结果未封存</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="209"/>
        <source>Reopening needs a reason.</source>
        <translation>重新开启须填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="214"/>
        <source>Period not reopened</source>
        <translation>考核结果未重新开启</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="235"/>
        <source>Save signed PDF</source>
        <translation>保存签章 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/close_period_dialog.py" line="237"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="19"/>
        <source>Correct the form (new revision)</source>
        <translation>更正考核表（新版本）</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="23"/>
        <source>This makes revision %1 of %2&apos;s form for %3 as a new draft, to be signed again by everyone. Revision %4 is kept exactly as it was signed (its snapshot and signatures) and is marked as corrected. The period&apos;s entries open again for the correction until revision %1 is signed.</source>
        <translation>将为 %2 的 %3 考核表生成第 %1 版草稿，各方须重新签字。第 %4 版按签字时的原样保留（快照与签字），并标记为已更正。在第 %1 版签字之前，该考核期的记录重新开放以便更正。</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="38"/>
        <source>Why is the signed form corrected? (printed on revision %1)</source>
        <translation>为什么更正已签字的考核表？（打印在第 %1 版上）</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="41"/>
        <source>e.g. the exam score was entered wrong; the upheld dispute</source>
        <translation>例如：考试成绩录入错误；异议成立</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="50"/>
        <source>Make revision %1</source>
        <translation>生成第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="60"/>
        <source>Give the reason for the correction: it is printed on the new revision and kept in the audit trail.</source>
        <translation>请填写更正原因：它将打印在新版本上，并记入审计记录。</translation>
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
        <location filename="../../ui/employee_dialog.py" line="72"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="73"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="74"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="75"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="77"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="92"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="114"/>
        <source>No rubric for this post.</source>
        <translation>该岗位没有考核标准。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="117"/>
        <source>Rubric: {name}</source>
        <translation>考核标准：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="142"/>
        <source>Enter the employee number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="144"/>
        <source>Enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="146"/>
        <source>Choose a team (add one first with Teams → Add team).</source>
        <translation>请选择班组（若没有，先用“班组 → 添加班组”添加）。</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.py" line="148"/>
        <source>Choose a post: it decides which rubric is used.</source>
        <translation>请选择岗位：岗位决定使用哪套考核标准。</translation>
    </message>
</context>
<context>
    <name>EmployeeListModel</name>
    <message>
        <location filename="../../ui/employee_list.py" line="71"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="71"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="71"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="103"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="104"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="104"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
</context>
<context>
    <name>EmployeePanel</name>
    <message>
        <location filename="../../ui/employee_list.py" line="122"/>
        <source>Search name, number or initials (Ctrl+F)</source>
        <translation>搜索姓名、工号或拼音首字母 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="125"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="188"/>
        <source>Add employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="189"/>
        <source>Edit employee</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="190"/>
        <location filename="../../ui/employee_list.py" line="278"/>
        <location filename="../../ui/employee_list.py" line="360"/>
        <source>Deactivate employee</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="192"/>
        <source>Import employees…</source>
        <translation>导入员工…</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="278"/>
        <source>Reactivate employee</source>
        <translation>重新启用员工</translation>
    </message>
    <message>
        <location filename="../../ui/employee_list.py" line="361"/>
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
        <location filename="../../ui/errors.py" line="129"/>
        <source>Enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>An active user named %1 already exists: two active users cannot share a name (deactivate the other one first).</source>
        <translation>已有名为 %1 的在用用户：两个在用用户不能同名（请先停用另一位）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>The first user must be an HR admin: only an HR admin can add users, and once a user exists everyone has to sign in.</source>
        <translation>第一个用户必须是人事管理员：只有人事管理员可以添加用户，而且一旦有了用户，每个人都必须登录。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>You cannot deactivate yourself while signed in.</source>
        <translation>登录期间不能停用您自己。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>This would leave no active HR admin, and nobody could manage users any more: add or reactivate another HR admin first.</source>
        <translation>这样将没有在用的人事管理员，也就没有人能再管理用户：请先添加或重新启用另一位人事管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="141"/>
        <source>%1 is a demo user: her PIN is the one shown at the sign-in and is not changed. Add a user of your own instead.</source>
        <translation>%1 是演示用户：其 PIN 码就是登录界面上显示的那个，不能更改。请改为添加您自己的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="144"/>
        <source>Users can sign in to this database already: the set-up was not done again.</source>
        <translation>此数据库已有可以登录的用户：未再次进行设置。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>This record no longer exists (it may have been removed meanwhile): nothing was saved.</source>
        <translation>该记录已不存在（可能已在此期间被删除）：未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>The file cannot be used: %1</source>
        <translation>无法使用该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>发生了意外错误：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Welcome — Appraisal Desk 考评台</source>
        <translation>欢迎使用考评台</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Nobody can sign in to this database yet.</source>
        <translation>此数据库还没有可以登录的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>Set up your office first: the HR admin comes first (she adds the other users and resets PINs), and from then on everyone signs in with her own PIN, so every tick and signature says who made it. Or just look around the demo.</source>
        <translation>请先设置本单位：首先设置人事管理员（由其添加其他用户、重置 PIN 码）。此后每个人都用自己的 PIN 码登录，每一次勾选和签字都记录是谁所为。也可以先看看演示。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69"/>
        <source>Set up the office</source>
        <translation>设置本单位</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="72"/>
        <source>Just look around</source>
        <translation>先看看演示</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="74"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>The demo team with demo users (an HR admin, a reviewer, a shift lead); their PINs are shown at the sign-in. Remove them later in Settings.</source>
        <translation>演示班组及其演示用户（人事管理员、复核人、值班长各一位）；登录时会显示他们的 PIN 码。以后可在“设置”中删除。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>Your office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104"/>
        <source>printed on the forms</source>
        <translation>打印在考核表上</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <location filename="../../ui/first_run.py" line="125"/>
        <source>6–12 digits, or 8+ characters</source>
        <translation>6–12 位数字，或至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="107"/>
        <location filename="../../ui/first_run.py" line="126"/>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108"/>
        <source>The HR admin adds users, resets PINs and manages teams, backups and settings.</source>
        <translation>人事管理员负责添加用户、重置 PIN 码，并管理班组、备份和设置。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="113"/>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="115"/>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="116"/>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="117"/>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="121"/>
        <source>Also make my own shift-lead user (optional)</source>
        <translation>同时为我建立值班长用户（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>a new team&apos;s name</source>
        <translation>新班组名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="146"/>
        <source>her team&apos;s name</source>
        <translation>其班组名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="147"/>
        <source>A shift lead sees and ticks only the employees of her teams.</source>
        <translation>值班长只能查看和检查其负责班组的员工。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>Her teams</source>
        <translation>负责班组</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>New team</source>
        <translation>新班组</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>Her team</source>
        <translation>负责班组</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="174"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致：请输入相同的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="177"/>
        <source>A PIN is 6–12 digits, or a password of at least 8 characters.</source>
        <translation>PIN 码须为 6–12 位数字，或至少 8 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="186"/>
        <source>Enter the HR admin&apos;s name.</source>
        <translation>请输入人事管理员的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="192"/>
        <source>Enter the shift lead&apos;s name, or untick her box.</source>
        <translation>请输入值班长的姓名，或取消勾选该项。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="197"/>
        <source>Tick her teams or name a new one: a shift lead without a team sees nobody.</source>
        <translation>请勾选其负责班组或填写新班组：没有班组的值班长看不到任何员工。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/form_dialog.py" line="51"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="51"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="51"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="62"/>
        <source>Appraiser signs…</source>
        <translation>考核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="63"/>
        <source>Employee signs…</source>
        <translation>被考核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="64"/>
        <source>Employee disputes…</source>
        <translation>被考核人提出异议…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="65"/>
        <source>Approve entries…</source>
        <translation>审批记录…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="66"/>
        <source>Answer dispute…</source>
        <translation>答复异议…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="67"/>
        <source>Reviewer signs…</source>
        <translation>复核人签字…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="68"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="69"/>
        <source>Re-evaluate team figures</source>
        <translation>重新计算团队数据</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="70"/>
        <source>Correct (new revision)</source>
        <translation>更正（新修订版）</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="71"/>
        <source>PDF preview…</source>
        <translation>PDF 预览…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="72"/>
        <source>Save signed PDF…</source>
        <translation>保存签章 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="78"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="111"/>
        <source>acknowledge by %s</source>
        <translation>须于 %s 前确认</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="114"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="116"/>
        <source>revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="124"/>
        <source>(stopped at %1)</source>
        <translation>（已扣至 %1 分）</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="129"/>
        <source>This form was changed outside the app since it was signed: it is not printed and no step can be taken. Ask the HR admin to run the store check.</source>
        <translation>此考核表签字后在本程序之外被改动：不予打印，也不能进行任何步骤。请人事管理员运行数据库检查。</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="138"/>
        <source>Appraiser</source>
        <translation>考核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="138"/>
        <source>Employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="139"/>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="145"/>
        <source>DISPUTED on %1: %2</source>
        <translation>有异议（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="150"/>
        <source>not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="152"/>
        <source>Answer (%1, %2): %3 — %4</source>
        <translation>复核答复（%1，%2）：%3 — %4</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="158"/>
        <source>the dispute is not answered yet</source>
        <translation>异议尚未答复</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="164"/>
        <source>dispute upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="165"/>
        <source>dispute partly upheld</source>
        <translation>异议部分成立</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="166"/>
        <source>dispute rejected</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="173"/>
        <source>The dispute was upheld: the next step is to correct the form with “Correct (new revision)”.</source>
        <translation>异议成立：下一步请用“更正（新版本）”更正考核表。</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="177"/>
        <source>The employee disputes this form: a reviewer or the HR admin answers the dispute (“Answer dispute…”) before the review.</source>
        <translation>员工对本表有异议：复核前须由复核人或人事管理员答复异议（“答复异议…”）。</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="194"/>
        <source>Bonuses, deductions and vetoes</source>
        <translation>加分、扣分与否决</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="207"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="237"/>
        <source>Answer the dispute first (“Answer dispute…”).</source>
        <translation>请先答复异议（“答复异议…”）。</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="240"/>
        <source>Only a reviewer or the HR admin answers a dispute.</source>
        <translation>只有复核人或人事管理员可以答复异议。</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="266"/>
        <source>Appraiser signs</source>
        <translation>考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="267"/>
        <source>Employee signs</source>
        <translation>被考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="268"/>
        <source>Employee disputes</source>
        <translation>被考核人提出异议</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="270"/>
        <source>Reviewer signs</source>
        <translation>复核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="271"/>
        <source>Lock the form</source>
        <translation>锁定考核表</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="320"/>
        <source>The reviewer answered the dispute: %1 — %2</source>
        <translation>复核人已答复异议：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="342"/>
        <source>Approve entries</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="382"/>
        <source>Save signed PDF</source>
        <translation>保存签章 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/form_dialog.py" line="384"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <location filename="../../ui/form_state_names.py" line="11"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="12"/>
        <source>appraiser signed</source>
        <translation>考核人已签</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="13"/>
        <source>employee signed</source>
        <translation>被考核人已签</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="14"/>
        <source>disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="15"/>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../ui/form_state_names.py" line="16"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <location filename="../../ui/forms_panel.py" line="36"/>
        <source>Create this period&apos;s forms</source>
        <translation>生成本期考核表</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="38"/>
        <source>Print all as PDF…</source>
        <translation>全部导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="214"/>
        <source>Folder for the PDFs</source>
        <translation>PDF 保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="231"/>
        <source>Printing forms…</source>
        <translation>正在生成考核表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forms_panel.py" line="232"/>
        <source>%n signed PDF(s) written to %1</source>
        <translation>
            <numerusform>已生成 %n 份签章 PDF，保存在 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="231"/>
        <source>Printed</source>
        <translation>已生成</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="43"/>
        <source>Show the forms that stand here</source>
        <translation>只显示处于此状态的考核表</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="68"/>
        <source>All forms</source>
        <translation>全部考核表</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="68"/>
        <source>Open (drafts)</source>
        <translation>未签（草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="69"/>
        <source>Waiting for the employee</source>
        <translation>待被考核人签字</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="70"/>
        <source>Disputed</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="71"/>
        <source>Waiting for the reviewer</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="72"/>
        <source>Done (locked)</source>
        <translation>已完成（已锁定）</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="163"/>
        <source>Create this month&apos;s forms</source>
        <translation>生成本月考核表</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="167"/>
        <source>No team to show. The HR admin adds teams (Employees menu) and gives each shift lead her teams (Tools → Users).</source>
        <translation>没有可显示的班组。人事管理员在“员工”菜单中添加班组，并在“工具 → 用户”中为每位值班长分配班组。</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="172"/>
        <source>No forms for %1 yet. Creating them makes a draft for each employee of %2; its score follows the checklist until it is signed.</source>
        <translation>%1 尚无考核表。生成后，%2的每位员工各有一份草稿；签字前，其得分随检查表实时变化。</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="179"/>
        <source>No forms for %1 yet. %3 can create them.</source>
        <translation>%1 尚无考核表。可由%3生成。</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="180"/>
        <source>No forms for %1 yet. A shift lead of %2 or the HR admin can create them.</source>
        <translation>%1 尚无考核表。可由%2的值班长或人事管理员生成。</translation>
    </message>
    <message>
        <location filename="../../ui/forms_panel.py" line="234"/>
        <source>Printing stopped</source>
        <translation>生成已停止</translation>
    </message>
</context>
<context>
    <name>FormsTable</name>
    <message>
        <location filename="../../ui/forms_table.py" line="29"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="29"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="29"/>
        <source>Rev.</source>
        <translation>版次</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="30"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="30"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="30"/>
        <source>Next to sign</source>
        <translation>待签字</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="30"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="31"/>
        <source>Total / maximum. A draft&apos;s score is provisional: it follows the checklist until the appraiser signs.</source>
        <translation>得分 / 满分。草稿的得分为暂估：考核人签字前随检查表变化。</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="33"/>
        <source>Who must sign next</source>
        <translation>下一位须签字的人</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="34"/>
        <source>The employee&apos;s deadline to sign (set when the appraiser signs)</source>
        <translation>被考核人签字的截止日期（考核人签字时确定）</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="103"/>
        <source>provisional</source>
        <translation>暂估</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="112"/>
        <source>Appraiser</source>
        <translation>考核人</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="112"/>
        <source>Employee</source>
        <translation>被考核人</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="113"/>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="113"/>
        <source>Reviewer&apos;s lock</source>
        <translation>复核人锁定</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="116"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forms_table.py" line="124"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="135"/>
        <source>A draft: the live score, which follows every tick until the appraiser signs.</source>
        <translation>草稿：实时得分，考核人签字前随每次勾选变化。</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="138"/>
        <source>The team&apos;s results changed: re-evaluate the form before signing it.</source>
        <translation>班组成绩已变化：签字前请重新评估此表。</translation>
    </message>
    <message>
        <location filename="../../ui/forms_table.py" line="145"/>
        <source>Disputed: %s</source>
        <translation>异议：%s</translation>
    </message>
</context>
<context>
    <name>FromPeriodCombo</name>
    <message>
        <location filename="../../ui/rubric_editor/from_period.py" line="51"/>
        <source>%1 (now)</source>
        <translation>%1（本期）</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.py" line="34"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="34"/>
        <source>Who</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="34"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="34"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="35"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="41"/>
        <source>Delete with reason…</source>
        <translation>注明原因并删除…</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="100"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="107"/>
        <source>deleted: %s</source>
        <translation>已删除：%s</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="121"/>
        <location filename="../../ui/history_view.py" line="126"/>
        <location filename="../../ui/history_view.py" line="135"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="122"/>
        <source>Why is this entry deleted?</source>
        <translation>删除这条记录的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/history_view.py" line="127"/>
        <source>A reason is required to delete an entry.</source>
        <translation>删除记录必须注明原因。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>Import employees</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="53"/>
        <source>Choose a .csv or .xlsx file</source>
        <translation>选择 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Columns: 工号 (code), 姓名 (name), 班组 (team), 岗位 (post), 入职日期 (hire_date), 试用期 (probation). Unknown teams are created.</source>
        <translation>列：工号 (code)、姓名 (name)、班组 (team)、岗位 (post)、入职日期 (hire_date)、试用期 (probation)。不存在的班组会自动创建。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="77"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="100"/>
        <source>Employee lists (*.csv *.xlsx);;All files (*)</source>
        <translation>员工名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="112"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="130"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <source>{bad} problem(s) in the file. Correct the file and choose it again; nothing is imported while a row has a problem.</source>
        <translation>文件中有 {bad} 处问题。请修改文件后重新选择；只要还有一行有问题，就不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <source>{good} employee(s) ready to import.</source>
        <translation>{good} 名员工可以导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>New teams: {teams}.</source>
        <translation>新班组：{teams}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>Columns not used: {columns}.</source>
        <translation>未使用的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>The file has no employees.</source>
        <translation>文件中没有员工。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="184"/>
        <source>employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="184"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="185"/>
        <source>post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="187"/>
        <source>this column appears twice</source>
        <translation>此列出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="188"/>
        <source>missing column ({names})</source>
        <translation>缺少列（{names}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="189"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="190"/>
        <source>missing {field}</source>
        <translation>缺少{field}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="193"/>
        <source>duplicate employee no. {code} (first on row {first_row})</source>
        <translation>工号 {code} 重复（首次出现在第 {first_row} 行）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>employee no. {code} already belongs to {name}</source>
        <translation>工号 {code} 已属于 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>unknown post “{post}”: no rubric is for it</source>
        <translation>未知岗位“{post}”：没有适用于该岗位的考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <source>“{value}” is not a date (write 2024-03-01)</source>
        <translation>“{value}”不是日期（请写成 2024-03-01）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="200"/>
        <source>“{value}” is not a real date</source>
        <translation>“{value}”不是有效的日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="201"/>
        <source>“{value}” is not yes or no (是/否)</source>
        <translation>“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="216"/>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何数据：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="223"/>
        <source>Imported 1 employee.</source>
        <translation>已导入 1 名员工。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="224"/>
        <source>Imported {count} employees.</source>
        <translation>已导入 {count} 名员工。</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../../ui/checklist_rows.py" line="117"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="129"/>
        <source>Amount per occurrence</source>
        <translation>每次的分值</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="132"/>
        <source>Severe ×%s</source>
        <translation>严重 ×%s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="136"/>
        <source>Next tick counts as severe (S)</source>
        <translation>下一条记录按严重计 (S)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="137"/>
        <source>Remove the latest occurrence (−)</source>
        <translation>撤掉最近一条记录 (−)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="144"/>
        <source>Add an occurrence (+)</source>
        <translation>增加一条记录 (+)</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../ui/checklist_rows.py" line="99"/>
        <source>×%1 weight: %2 on the total</source>
        <translation>按权重 ×%1 计入总分：%2</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="91"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="95"/>
        <source>Appraisal Desk is locked. {name} ({role}): enter your PIN to continue.</source>
        <translation>考评台已锁定。{name}（{role}）：请输入您的 PIN 码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="98"/>
        <source>Appraisal Desk was locked after a while without use. {name} ({role}): enter your PIN to continue.</source>
        <translation>考评台因一段时间未操作已锁定。{name}（{role}）：请输入您的 PIN 码以继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="102"/>
        <source>Users now exist: sign in to continue.</source>
        <translation>已设置用户：请登录后继续。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="107"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="111"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="135"/>
        <source>Choose who you are and enter your own PIN.</source>
        <translation>请选择您的用户名并输入本人 PIN 码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Appraisal Desk 考评台</source>
        <translation>考评台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Choose an employee on the left to open the inspection checklist of their post.</source>
        <translation>在左侧选择员工，即可打开其岗位的检查表。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
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
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Forms</source>
        <translation>考核表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Results</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Employees</source>
        <translation>员工(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Audit trail…</source>
        <translation>审计记录…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Users…</source>
        <translation>用户…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Rubrics…</source>
        <translation>考核标准…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Next employee</source>
        <translation>下一位员工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Previous employee</source>
        <translation>上一位员工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Cannot open the checklist</source>
        <translation>无法打开检查表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>This employee is not in one of your teams.</source>
        <translation>该员工不在您负责的班组中。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Daily backup failed: %s</source>
        <translation>每日备份失败：%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Store check: no problem found</source>
        <translation>数据库检查：未发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Store check</source>
        <translation>数据库检查</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="270"/>
        <source>The database was changed outside the app, or is damaged: %n problem(s) found. Forms that fail the check are not printed. Ask the HR admin to compare it with a backup.</source>
        <translation>
            <numerusform>数据库在本程序之外被改动或已损坏：发现 %n 个问题。未通过检查的考核表不会打印。请人事管理员与备份核对。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>The new language applies from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>MoneyGroup</name>
    <message>
        <location filename="../../ui/money_rows.py" line="378"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="382"/>
        <source>Includes the pay of %1</source>
        <translation>含绩效工资 %1</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="385"/>
        <source>The lines add up to %1</source>
        <translation>各项合计 %1</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="388"/>
        <source>Not entered yet: %1</source>
        <translation>尚未填写：%1</translation>
    </message>
</context>
<context>
    <name>MoneyIncidentRow</name>
    <message>
        <location filename="../../ui/money_rows.py" line="239"/>
        <source>Amount of this occurrence (%1)</source>
        <translation>本次金额（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="243"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="247"/>
        <source>Remove the latest occurrence (−)</source>
        <translation>撤掉最近一条记录 (−)</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="253"/>
        <source>Add an occurrence (+)</source>
        <translation>增加一条记录 (+)</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="274"/>
        <source>%1: type the amount (%2) first</source>
        <translation>%1：请先输入金额（%2）</translation>
    </message>
</context>
<context>
    <name>MoneyReadRow</name>
    <message>
        <location filename="../../ui/money_rows.py" line="298"/>
        <source>from “%1” above</source>
        <translation>取自上方“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="300"/>
        <source>from the total</source>
        <translation>取自总分</translation>
    </message>
</context>
<context>
    <name>MoneyRow</name>
    <message>
        <location filename="../../ui/money_rows.py" line="56"/>
        <source>%1: not a number (%2)</source>
        <translation>%1：不是数字（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="59"/>
        <source>%1: must not be negative (%2)</source>
        <translation>%1：不能为负数（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="62"/>
        <source>%1: at most two decimals (%2)</source>
        <translation>%1：最多两位小数（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="65"/>
        <source>%1: between %2 and %3 (%4)</source>
        <translation>%1：应在 %2 到 %3 之间（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="85"/>
        <source>%1 off each time</source>
        <translation>每次扣 %1</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="86"/>
        <source>%1 added each time</source>
        <translation>每次奖 %1</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="90"/>
        <source>%1 a point below %2</source>
        <translation>低于 %2 分每少 1 分 %1</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="106"/>
        <source>(at most %1)</source>
        <translation>（最多 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="172"/>
        <source>not entered (counts 0)</source>
        <translation>未填（按 0 计）</translation>
    </message>
</context>
<context>
    <name>MoneyTree</name>
    <message>
        <location filename="../../ui/money_tree.py" line="53"/>
        <source>(capped at %1)</source>
        <translation>（封顶 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/money_tree.py" line="56"/>
        <source>(floor %1)</source>
        <translation>（保底 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/money_tree.py" line="73"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/money_tree.py" line="77"/>
        <source>Pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/money_tree.py" line="85"/>
        <source>not entered (counts 0)</source>
        <translation>未填（按 0 计）</translation>
    </message>
    <message>
        <location filename="../../ui/money_tree.py" line="96"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>MoneyValueRow</name>
    <message>
        <location filename="../../ui/money_rows.py" line="194"/>
        <source>Type the figure and press Enter</source>
        <translation>输入数值后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/money_rows.py" line="216"/>
        <source>left empty: the team&apos;s results fill it</source>
        <translation>留空：由团队结果填入</translation>
    </message>
</context>
<context>
    <name>MonthPanel</name>
    <message>
        <location filename="../../ui/month_view.py" line="43"/>
        <source>Section / item</source>
        <translation>类别 / 项目</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="43"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="44"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="90"/>
        <source>Missing inputs: %s</source>
        <translation>缺少的输入：%s</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="93"/>
        <source>Awaiting approval: %s</source>
        <translation>待审批：%s</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="96"/>
        <source>Money not entered: %s</source>
        <translation>金额未填：%s</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="99"/>
        <source>Complete: every input is in.</source>
        <translation>已齐全：所有输入均已录入。</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="103"/>
        <source>(stopped at %1)</source>
        <translation>（已扣至 %1 分）</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="107"/>
        <source>(stopped at 0)</source>
        <translation>（已扣至 0 分）</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="114"/>
        <source>Bonuses, deductions and vetoes</source>
        <translation>加分、扣分与否决</translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="122"/>
        <source>×%1 weight: %2 on the total</source>
        <translation>按权重 ×%1 计入总分：%2</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="100"/>
        <source>Choose a new PIN</source>
        <translation>设置新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="101"/>
        <source>{name}: your PIN is shorter than the rule now asks. Choose a new PIN of 6–12 digits, or a password of at least 8 characters.</source>
        <translation>{name}：您的 PIN 码短于现行规定。请设置新的 PIN 码：6–12 位数字，或至少 8 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="105"/>
        <source>6–12 digits, or 8+ characters</source>
        <translation>6–12 位数字，或至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="106"/>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="116"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="117"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="131"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致：请输入相同的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="134"/>
        <source>A PIN is 6–12 digits, or a password of at least 8 characters.</source>
        <translation>PIN 码须为 6–12 位数字，或至少 8 个字符的密码。</translation>
    </message>
</context>
<context>
    <name>NewRubricDialog</name>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="29"/>
        <source>New rubric</source>
        <translation>新建考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="33"/>
        <source>e.g. agent-monthly (a-z, 0-9 and -)</source>
        <translation>例如 agent-monthly（小写字母、数字和 -）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="36"/>
        <source>e.g. 坐席月度考核</source>
        <translation>例如 坐席月度考核</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="43"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="58"/>
        <source>Id: lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <translation>编号：只能用小写字母、数字和 &apos;-&apos;，且不能以 &apos;-&apos; 开头。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="66"/>
        <source>Id: a rubric with the id %1 exists; edit it instead.</source>
        <translation>编号：已有编号为 %1 的考核标准，请改为编辑它。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="70"/>
        <source>Name: give the rubric a name.</source>
        <translation>名称：请为考核标准命名。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="76"/>
        <source>New section</source>
        <translation>新节</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/new_dialog.py" line="76"/>
        <source>New item</source>
        <translation>新考核项</translation>
    </message>
</context>
<context>
    <name>NoEntryFilter</name>
    <message>
        <location filename="../../ui/coverage.py" line="123"/>
        <source>No entry yet</source>
        <translation>本期尚无记录</translation>
    </message>
    <message>
        <location filename="../../ui/coverage.py" line="124"/>
        <source>Show only the employees without an entry this period</source>
        <translation>只显示本期尚无记录的员工</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="105"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="106"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="109"/>
        <source>Rubric</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="110"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="135"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="193"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="112"/>
        <source>The id names the rubric across its versions</source>
        <translation>编号在各个版本间标识同一考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="114"/>
        <source>Posts (岗位)</source>
        <translation>适用岗位</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="115"/>
        <source>e.g. 客户服务代表, 坐席 (comma between posts)</source>
        <translation>例如 客户服务代表, 坐席（岗位之间用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="116"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="117"/>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="117"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="118"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="119"/>
        <source>Sections scored by</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="120"/>
        <source>Points (分值)</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="120"/>
        <source>Weight in % (权重)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="121"/>
        <source>Base (标准分)</source>
        <translation>基准分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="122"/>
        <source>Highest total</source>
        <translation>总分上限</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="123"/>
        <source>= base; higher when bonuses may lift the total</source>
        <translation>= 基准分；有加分时可更高</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="124"/>
        <source>Lowest total</source>
        <translation>总分下限</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="125"/>
        <source>Approve a bonus over</source>
        <translation>单次加分超过此值须审批</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="126"/>
        <source>Approve a deduction over</source>
        <translation>单次扣分超过此值须审批</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="128"/>
        <source>Rubrics included as deductions</source>
        <translation>作为扣分引用的考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="129"/>
        <source>Rubric id</source>
        <translation>考核标准编号</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="131"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="134"/>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="138"/>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="140"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="231"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="141"/>
        <source>Starts at</source>
        <translation>起始分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="142"/>
        <source>As its items say</source>
        <translation>按细则自动确定</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="142"/>
        <source>Full: items deduct (扣分制)</source>
        <translation>满分起扣（扣分制）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="143"/>
        <source>Zero: items earn (得分制)</source>
        <translation>从零累计（得分制）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="144"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="242"/>
        <source>Method (检查方法)</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="146"/>
        <source>Included rubric</source>
        <translation>引用的考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="147"/>
        <source>a rubric id: its total fills this section, instead of items</source>
        <translation>考核标准编号：以其总分计入本节，代替考核项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="150"/>
        <source>Bonuses (加分) add to the total, each up to its cap.</source>
        <translation>加分项计入总分，每项不超过其上限。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="151"/>
        <source>Form-level deductions come off the total, not a section.</source>
        <translation>表级扣分从总分中扣除，不计入某一节。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="153"/>
        <source>Form-level vetoes (一票否决) set the total to 0 or give the lowest grade.</source>
        <translation>表级一票否决：总分为 0，或评为最低等级。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="155"/>
        <source>Form-level list</source>
        <translation>表级列表</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="156"/>
        <source>Add item adds one here.</source>
        <translation>点“添加考核项”在此添加一项。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="160"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="164"/>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="161"/>
        <source>The first row whose minimum the total reaches gives the grade; minimums from high to low.</source>
        <translation>总分达到的第一行下限即为等级；下限从高到低排列。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="165"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="182"/>
        <source>From total</source>
        <translation>总分自</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="165"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="166"/>
        <source>Grade (English)</source>
        <translation>等级（英文）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="170"/>
        <source>Pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="171"/>
        <source>The total sets a share of the performance pay</source>
        <translation>按总分确定绩效工资比例</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="176"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="177"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="178"/>
        <source>By a table of totals</source>
        <translation>按总分分档</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="179"/>
        <source>Proportional to the total</source>
        <translation>与总分成正比</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="181"/>
        <source>Table</source>
        <translation>分档表</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="183"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="185"/>
        <source>Deduct below total</source>
        <translation>低于此总分扣钱</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="186"/>
        <source>Deduct per point</source>
        <translation>每少 1 分扣</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="192"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="195"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="198"/>
        <source>Points per occurrence</source>
        <translation>每次分值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="199"/>
        <source>2, or 5-20 for a range the appraiser picks from</source>
        <translation>如 2；或 5-20，由考核人在范围内选定</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="201"/>
        <source>Severe ×</source>
        <translation>严重 ×</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="202"/>
        <source>e.g. 2: a severe occurrence counts double</source>
        <translation>如 2：严重的一次按两倍计</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="203"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="209"/>
        <source>At most (cap)</source>
        <translation>封顶</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="204"/>
        <source>Every occurrence needs approval</source>
        <translation>每次都须审批</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="207"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="208"/>
        <source>Deduct per unit short</source>
        <translation>每少 1 个单位扣</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="211"/>
        <source>The total becomes 0</source>
        <translation>总分为 0</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="212"/>
        <source>The lowest grade</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="214"/>
        <source>This section scores 0</source>
        <translation>本节 0 分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="215"/>
        <source>When it fires</source>
        <translation>触发时</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="217"/>
        <source>Highest mark</source>
        <translation>最高评分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="223"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="224"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="224"/>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="233"/>
        <source>Scores out of (scale)</source>
        <translation>满分刻度</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="234"/>
        <source>e.g. 100; empty: scores are points</source>
        <translation>如 100；留空：得分即分值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="236"/>
        <source>Entered as a ratio (num / den)</source>
        <translation>按比值录入（分子 / 分母）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="237"/>
        <source>Divided by the team mean first</source>
        <translation>先除以团队均值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="240"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="241"/>
        <source>Full text (考核标准)</source>
        <translation>考核标准全文</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="245"/>
        <source>Scores 0 at</source>
        <translation>得 0 分的值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="246"/>
        <source>Scores full at</source>
        <translation>得满分的值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="250"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="251"/>
        <source>At most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="252"/>
        <source>At least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="253"/>
        <location filename="../../ui/rubric_editor/node_forms.py" line="264"/>
        <source>Bands</source>
        <translation>档次</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="254"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="254"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="258"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="260"/>
        <source>Item or section id</source>
        <translation>考核项或节编号</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="261"/>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="262"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="263"/>
        <source>Points × value / 100</source>
        <translation>分值 × 数值 / 100</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="263"/>
        <source>A straight line</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/node_forms.py" line="271"/>
        <source>Only if the team mean is at least</source>
        <translation>仅当团队均分不低于</translation>
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
    <message>
        <location filename="../../ui/pdf_export.py" line="101"/>
        <source>Saving the signed PDF…</source>
        <translation>正在保存签章 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="102"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="103"/>
        <source>Signed PDF saved: %1</source>
        <translation>签章 PDF 已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="105"/>
        <source>Saving stopped</source>
        <translation>保存已停止</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="53"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="59"/>
        <source>Printing needs the database file: the printed PDF is signed with the organisation&apos;s certificate kept beside it.</source>
        <translation>打印需要数据库文件：打印的 PDF 要用保存在它旁边的单位证书签章。</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="61"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/period_picker.py" line="19"/>
        <location filename="../../ui/period_picker.py" line="57"/>
        <source>Assessment period</source>
        <translation>考核期</translation>
    </message>
    <message>
        <location filename="../../ui/period_picker.py" line="23"/>
        <source>Previous period</source>
        <translation>上一考核期</translation>
    </message>
    <message>
        <location filename="../../ui/period_picker.py" line="24"/>
        <source>Next period</source>
        <translation>下一考核期</translation>
    </message>
    <message>
        <location filename="../../ui/period_picker.py" line="34"/>
        <source>The period every tab shows</source>
        <translation>所有标签页显示的考核期</translation>
    </message>
    <message>
        <location filename="../../ui/period_picker.py" line="36"/>
        <source>Current period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../ui/period_picker.py" line="86"/>
        <source>%1 (now)</source>
        <translation>%1（本期）</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="68"/>
        <source>The rubric has an error: this is its last valid state.</source>
        <translation>考核标准有错误：此处显示其最后一个有效状态。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="72"/>
        <source>Clear the sample</source>
        <translation>清空示例</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="75"/>
        <source>Sample month</source>
        <translation>示例月份</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="121"/>
        <source>Bonuses</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="122"/>
        <source>Form-level deductions</source>
        <translation>整表扣分项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="124"/>
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rubric_editor/preview.py" line="210"/>
        <source>%n input(s) not entered (counted as 0)</source>
        <translation>
            <numerusform>%n 项未录入（按 0 计）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="213"/>
        <source>Veto: %1</source>
        <translation>否决：%1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/preview.py" line="217"/>
        <source>Pay: %1 %</source>
        <translation>绩效工资：%1 %</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../ui/print_job.py" line="99"/>
        <source>The system print command (lp) was not found: nothing was sent to the printer. Install CUPS (the cups-client package), or print to a PDF file and print that.</source>
        <translation>找不到系统打印命令 (lp)：没有发送任何内容到打印机。请安装 CUPS（cups-client 软件包），或先打印到 PDF 文件再打印该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="104"/>
        <source>The system print command (lp) did not answer within %1 s: the PDF may not have reached the printer.</source>
        <translation>系统打印命令 (lp) 在 %1 秒内没有响应：PDF 可能没有送到打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="108"/>
        <source>The printer did not take the PDF (lp ended with code %1): %2</source>
        <translation>打印机没有接收该 PDF（lp 结束代码 %1）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="111"/>
        <source>Windows could not hand the PDF to the printer (is a program that prints PDF files installed?): %1</source>
        <translation>Windows 无法把该 PDF 交给打印机（是否安装了能打印 PDF 文件的程序？）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/print_images.py" line="36"/>
        <source>The printer cannot be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/print_images.py" line="72"/>
        <source>The PDF cannot be read for printing: %1</source>
        <translation>无法读取要打印的 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="207"/>
        <source>Print to file</source>
        <translation>打印到文件</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="208"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="239"/>
        <source>Signing the form&apos;s PDF for printing…</source>
        <translation>正在为打印生成签章 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="270"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="271"/>
        <location filename="../../ui/print_job.py" line="310"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="281"/>
        <source>Saving the signed PDF…</source>
        <translation>正在保存签章 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="282"/>
        <source>Sending the signed PDF to the printer…</source>
        <translation>正在把签章 PDF 发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="292"/>
        <source>Saved the signed PDF as %1.</source>
        <translation>已将签章 PDF 保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="294"/>
        <source>Sent to %1 as a signed PDF (copies: %2).</source>
        <translation>已作为签章 PDF 发送到 %1（份数：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="295"/>
        <location filename="../../ui/print_job.py" line="358"/>
        <source>the default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="298"/>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>已取消打印：没有打印任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="303"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="308"/>
        <source>Print as images instead? Each page is sent as a picture: slower and larger, and the paper looks the same, but the printer gets no text and no signature.</source>
        <translation>改为按图片打印？每页作为图片发送：更慢、数据更大，纸面看起来一样，但打印机收到的没有文字，也没有签章。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="312"/>
        <source>Print as images</source>
        <translation>按图片打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="325"/>
        <source>Not printed.</source>
        <translation>未打印。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="331"/>
        <source>Printing the pages as images…</source>
        <translation>正在按图片打印各页…</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="348"/>
        <source>Printed page %1 of %2 as an image…</source>
        <translation>已按图片打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="354"/>
        <source>Printing cancelled after %1 page(s).</source>
        <translation>已取消打印，已打印 %1 页。</translation>
    </message>
    <message>
        <location filename="../../ui/print_job.py" line="357"/>
        <source>Sent to %1 as images (%2 page(s)).</source>
        <translation>已按图片发送到 %1（%2 页）。</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/read_only_banner.py" line="23"/>
        <source>Open the Forms tab</source>
        <translation>打开考核表标签页</translation>
    </message>
    <message>
        <location filename="../../ui/read_only_banner.py" line="40"/>
        <source>Reviewers read checklists; shift leads tick them.</source>
        <translation>复核人只查看检查表；由值班长勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/read_only_banner.py" line="42"/>
        <source>Your role does not allow ticking this checklist: it is shown read-only.</source>
        <translation>您的角色无权勾选此检查表：仅供查看。</translation>
    </message>
    <message>
        <location filename="../../ui/read_only_banner.py" line="50"/>
        <source>This month&apos;s form is signed (%1). To change an entry, make a correction of the form (Forms tab).</source>
        <translation>本月考核表已签字（%1）。如需修改记录，请更正考核表（考核表标签页）。</translation>
    </message>
    <message>
        <location filename="../../ui/read_only_banner.py" line="52"/>
        <source>This period&apos;s form is signed (%1). To change an entry, make a correction of the form (Forms tab).</source>
        <translation>本期考核表已签字（%1）。如需修改记录，请更正考核表（考核表标签页）。</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../../ui/results_charts.py" line="89"/>
        <location filename="../../ui/results_charts.py" line="229"/>
        <source>Grades</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="90"/>
        <location filename="../../ui/results_charts.py" line="231"/>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="96"/>
        <location filename="../../ui/results_charts.py" line="107"/>
        <source>Total over time</source>
        <translation>总分走势</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="97"/>
        <source>Points lost per item</source>
        <translation>各项目失分</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="98"/>
        <source>Grades and stars</source>
        <translation>等级与星级</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="106"/>
        <source>Total over time: %1</source>
        <translation>总分走势：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results_charts.py" line="108"/>
        <source>The total of the last %n period(s), as printed on the forms; a period without a form breaks the line</source>
        <translation>
            <numerusform>最近 %n 期的总分（以考核表所印为准）；没有考核表的一期，折线在此断开</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="111"/>
        <source>Choose an employee in the table to see her total over time</source>
        <translation>在上方表格中选择一名员工，查看其总分走势</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="125"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="164"/>
        <source>%1: no points lost</source>
        <translation>%1：没有失分</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="176"/>
        <location filename="../../ui/results_charts.py" line="182"/>
        <source>Points lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="196"/>
        <source>Cumulative %</source>
        <translation>累计百分比</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results_charts.py" line="216"/>
        <source>%1: %2 points lost by %n people (%3% of all, %4% so far)</source>
        <translation>
            <numerusform>%1：%n 人共失 %2 分（占全部失分 %3%，累计 %4%）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="235"/>
        <source>%1: none this period</source>
        <translation>%1：本期没有</translation>
    </message>
    <message>
        <location filename="../../ui/results_charts.py" line="242"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>ResultsFiles</name>
    <message>
        <location filename="../../ui/results_files.py" line="51"/>
        <source>Save the results</source>
        <translation>保存考核结果</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="52"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="53"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="67"/>
        <source>Saving the results…</source>
        <translation>正在保存考核结果…</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="72"/>
        <source>Save the entries</source>
        <translation>保存记录明细</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="73"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="88"/>
        <source>Saving the entries…</source>
        <translation>正在保存记录明细…</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="108"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="109"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/results_files.py" line="110"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../ui/results_table.py" line="42"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="42"/>
        <source>No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="42"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="42"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="43"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="43"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="43"/>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="43"/>
        <source>Pay %</source>
        <translation>绩效比例</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="44"/>
        <source>Pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="44"/>
        <source>Consequence</source>
        <translation>后果</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="44"/>
        <source>Form</source>
        <translation>考核表</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="44"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="46"/>
        <source>Rank within the team and rubric; equal totals share the better rank. Sorting by this column shows the results&apos; own order.</source>
        <translation>在本班组、本考核标准内的名次；总分相同者并列较高名次。按此列排序即恢复结果本身的顺序。</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="48"/>
        <source>Stars by forced distribution within the team and rubric</source>
        <translation>在本班组、本考核标准内按强制比例评定的星级</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="49"/>
        <source>Share of the performance pay, by the rubric&apos;s pay rule</source>
        <translation>按考核标准的工资规则计算的绩效工资比例</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="50"/>
        <source>Performance pay amount</source>
        <translation>绩效工资金额</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="51"/>
        <source>The rubric&apos;s money side: the form&apos;s own lines (per ticket, fines, rewards), then the star wage, streak rewards and team lines</source>
        <translation>考核标准的金额部分:表单自身的各项(按笔提成、罚款、奖励),加上星级工资、连续排名奖励和团队项</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="53"/>
        <source>Streak rules of the rubric reached this period (e.g. below the line twice running)</source>
        <translation>本期触发的考核标准连续规则（如连续两次低于分数线）</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="55"/>
        <source>Where the form stands in its signing</source>
        <translation>考核表的签字进度</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="146"/>
        <source>%1 (team lead)</source>
        <translation>%1（组长）</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="162"/>
        <source>not ranked</source>
        <translation>不参评</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="189"/>
        <source>A draft: the live total, which follows every tick until the appraiser signs.</source>
        <translation>草稿：实时总分，考核人签字前随每次勾选变化。</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="192"/>
        <source>Provisional: ranks and stars may change until every form of the team is locked.</source>
        <translation>暂估：本班组所有考核表锁定前，名次和星级仍可能变化。</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="195"/>
        <source>On probation: not ranked and not counted in the stars.</source>
        <translation>试用期：不参加排名，也不计入星级比例。</translation>
    </message>
    <message>
        <location filename="../../ui/results_table.py" line="211"/>
        <source>The team&apos;s results changed: re-evaluate the form before signing it.</source>
        <translation>班组成绩已变化：签字前请重新评估此表。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/results_view.py" line="60"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="61"/>
        <source>Save the results as an Excel workbook: a summary sheet and one sheet per team</source>
        <translation>将结果保存为 Excel 工作簿：一张汇总表，每个班组一张表</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="64"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="65"/>
        <source>Save the results as CSV: one line per form</source>
        <translation>将结果保存为 CSV：每张考核表一行</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="67"/>
        <source>Entries…</source>
        <translation>明细…</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="68"/>
        <source>Save every entry behind the totals (Excel or CSV), for payroll to check a total</source>
        <translation>保存构成总分的全部记录明细（Excel 或 CSV），供薪资核对</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="71"/>
        <source>Close period…</source>
        <translation>关闭考核期…</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="151"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="152"/>
        <source>All my teams</source>
        <translation>我的全部班组</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="189"/>
        <source>Points lost per item, %1</source>
        <translation>%1 各项目失分</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="220"/>
        <source>No team to show.</source>
        <translation>没有可显示的班组。</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="226"/>
        <source>No forms for %1 yet: they are made on the Forms tab.</source>
        <translation>%1 尚无考核表：请在“考核表”页创建。</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="230"/>
        <source>Final: every form is locked.</source>
        <translation>最终结果：所有考核表均已锁定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results_view.py" line="236"/>
        <source>Provisional: %n form(s) still open. Ranks, stars and pay may change until every form is locked.</source>
        <translation>
            <numerusform>暂估结果：仍有 %n 张考核表未完成。所有考核表锁定前，名次、星级和绩效工资仍可能变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results_view.py" line="245"/>
        <source>… and %n more team(s): point here to read them all</source>
        <translation>
            <numerusform>……另有 %n 个班组：将鼠标指向此处查看全部</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="252"/>
        <source>team mean %1 (the lead left out)</source>
        <translation>班组均分 %1（不含组长）</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="255"/>
        <source>the lead&apos;s form took: %1</source>
        <translation>组长考核表采用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="260"/>
        <source>%1: mean %2 is over the cap %3</source>
        <translation>%1：均分 %2 超过上限 %3</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="265"/>
        <source>no form yet: %1</source>
        <translation>尚无考核表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="268"/>
        <source>final</source>
        <translation>最终</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="268"/>
        <source>provisional</source>
        <translation>暂估</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="273"/>
        <source>team mean</source>
        <translation>班组均分</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="273"/>
        <source>team rank</source>
        <translation>班组名次</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="274"/>
        <source>team item means</source>
        <translation>班组各项均分</translation>
    </message>
    <message>
        <location filename="../../ui/results_view.py" line="275"/>
        <source>team figures</source>
        <translation>班组数据</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/sign_in.py" line="32"/>
        <source>shift lead</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="33"/>
        <source>reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="34"/>
        <source>HR admin</source>
        <translation>人事管理员</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="40"/>
        <source>Signed in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>RowsField</name>
    <message>
        <location filename="../../ui/rubric_editor/fields.py" line="201"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/fields.py" line="202"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>RubricAssignDialog</name>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="41"/>
        <source>Assign a rubric</source>
        <translation>分配考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="43"/>
        <source>%1 — version %2</source>
        <translation>%1 — 第 %2 版</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="51"/>
        <location filename="../../ui/rubric_assign_dialog.py" line="81"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="51"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="51"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="51"/>
        <source>Made by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="52"/>
        <source>Made at</source>
        <translation>操作时间</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="60"/>
        <source>End for this post or team</source>
        <translation>对该岗位或班组停用</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="64"/>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="67"/>
        <source>Assignments</source>
        <translation>分配记录</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="74"/>
        <source>Assign version %1</source>
        <translation>分配第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="79"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="82"/>
        <source>In use from</source>
        <translation>启用期间</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="90"/>
        <source>Forms already made keep the version they were scored with.</source>
        <translation>已生成的考核表保留其评分时所用的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="109"/>
        <source>post %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="110"/>
        <source>team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="111"/>
        <source>ended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="142"/>
        <source>Assigning the rubric</source>
        <translation>分配考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_assign_dialog.py" line="153"/>
        <source>Ending the assignment</source>
        <translation>停用分配</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="57"/>
        <source>Rubric editor — %1</source>
        <translation>考核标准编辑器 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="72"/>
        <source>Checklist preview</source>
        <translation>检查表预览</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="73"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="80"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="88"/>
        <source>Save as a new version…</source>
        <translation>另存为新版本…</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="92"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="109"/>
        <location filename="../../ui/rubric_editor/window.py" line="288"/>
        <source>Add section</source>
        <translation>添加节</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="111"/>
        <location filename="../../ui/rubric_editor/window.py" line="294"/>
        <source>Add item</source>
        <translation>添加考核项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="112"/>
        <location filename="../../ui/rubric_editor/window.py" line="299"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="113"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="114"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="115"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="116"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="118"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="247"/>
        <source>A new rubric: saved as version 1</source>
        <translation>新考核标准：保存为第 1 版</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="248"/>
        <source>Editing version %1; saved as version %2</source>
        <translation>正在编辑第 %1 版；将保存为第 %2 版</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="251"/>
        <source>(no change yet)</source>
        <translation>（尚无修改）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="272"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="279"/>
        <source>Change the kind</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="282"/>
        <source>Change the style</source>
        <translation>更改计分方式</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="287"/>
        <source>New section</source>
        <translation>新节</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="293"/>
        <source>New item</source>
        <translation>新考核项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="304"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="341"/>
        <source>Rubric editor</source>
        <translation>考核标准编辑器</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/window.py" line="342"/>
        <source>Close the editor and lose the changes not saved?</source>
        <translation>关闭编辑器并放弃未保存的修改？</translation>
    </message>
</context>
<context>
    <name>RubricExport</name>
    <message>
        <location filename="../../ui/rubric_export.py" line="20"/>
        <source>Export the rubric</source>
        <translation>导出考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_export.py" line="24"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_export.py" line="25"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_export.py" line="26"/>
        <source>YAML file (*.yaml)</source>
        <translation>YAML 文件 (*.yaml)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_export.py" line="38"/>
        <source>“{name}” version {version} is saved at {path}.</source>
        <translation>“{name}”第 {version} 版已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>RubricImportDialog</name>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="47"/>
        <location filename="../../ui/rubric_import_dialog.py" line="113"/>
        <source>Import a rubric</source>
        <translation>导入考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="50"/>
        <source>Choose a filled-in rubric template (.xlsx or .csv)</source>
        <translation>选择填好的考核标准模板(.xlsx 或 .csv)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="51"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="53"/>
        <source>Save the empty template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="56"/>
        <source>Sheets: 设置 (settings: id, name, base …), 评分标准 (one row per section and per item, the rule in its column: 每次扣分, 评分满分, 分档 …), 加分扣分否决 (bonuses, form-level deductions, vetoes), 等级绩效 (grades and pay). Nothing is saved while the file has a problem.</source>
        <translation>工作表:设置(编号、名称、基准分等)、评分标准(每节一行、每项一行,规则填在对应栏:每次扣分、评分满分、分档……)、加分扣分否决(加分项、总分扣分项、否决项)、等级绩效(等级与绩效比例)。文件有任何问题时不会保存。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="63"/>
        <source>Section / item</source>
        <translation>类别 / 项目</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="63"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="64"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="64"/>
        <source>Points / weight</source>
        <translation>分值/权重</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="65"/>
        <source>Read from</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="75"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="75"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="76"/>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="76"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="92"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="114"/>
        <source>Rubric templates (*.xlsx *.csv);;All files (*)</source>
        <translation>考核标准模板 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="121"/>
        <source>Save the empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="122"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="132"/>
        <source>The template is saved at {path}. Fill it in, then choose it here.</source>
        <translation>模板已保存到 {path}。填好后在此选择该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="144"/>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="155"/>
        <source>Not read: {names}.</source>
        <translation>未读取:{names}。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="158"/>
        <source>{count} problem(s) in the file. Correct the file and choose it again; nothing is saved while a problem remains.</source>
        <translation>文件中有 {count} 个问题。请修改文件后重新选择;有问题时不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="165"/>
        <source>“{name}” ({id}): {sections} section(s), {items} item(s).</source>
        <translation>“{name}”({id}):{sections} 节,{items} 项。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="168"/>
        <source>The store already holds this rubric as version {latest}, unchanged: nothing to save.</source>
        <translation>数据库中已有此考核标准(第 {latest} 版),内容相同:无需保存。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="173"/>
        <source>The store has this rubric up to version {latest}: it will be saved as version {version}.</source>
        <translation>数据库中此考核标准已有第 {latest} 版:将保存为第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="177"/>
        <source>It will be saved as version {version}.</source>
        <translation>将保存为第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="180"/>
        <source>Only the HR admin may save rubrics.</source>
        <translation>只有人事管理员可以保存考核标准。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="186"/>
        <source>Bonuses</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="186"/>
        <source>Form-level deductions</source>
        <translation>整表扣分项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="187"/>
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="190"/>
        <source>{sheet} row {row}</source>
        <translation>{sheet} 第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="228"/>
        <source>missing sheet {sheet}</source>
        <translation>缺少工作表 {sheet}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="229"/>
        <source>this sheet appears twice</source>
        <translation>此工作表出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="230"/>
        <source>the sheet is empty</source>
        <translation>工作表是空的</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="231"/>
        <source>missing column ({names})</source>
        <translation>缺少列（{names}）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="232"/>
        <source>this column appears twice</source>
        <translation>此列出现了两次</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="234"/>
        <source>unknown column “{column}”: not in the template (rename or delete it)</source>
        <translation>未知栏目“{column}”:模板中没有此栏(请改名或删除)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="235"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="237"/>
        <source>“{value}” has more digits than can be kept (at most 15)</source>
        <translation>“{value}”位数过多,无法准确保存(最多15位有效数字)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="238"/>
        <source>“{value}” is not yes or no (是/否)</source>
        <translation>“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="239"/>
        <source>“{value}” is not one of {choices}</source>
        <translation>“{value}”不是以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="240"/>
        <source>cannot read “{value}”: write it like {example}</source>
        <translation>无法读取“{value}”:请按此格式填写 {example}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="241"/>
        <source>“满分” needs the row&apos;s 分值 (points)</source>
        <translation>“满分”需要本行的分值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="243"/>
        <source>no rule: fill one rule column (每次扣分, 否决, 是否项, 评分满分, 零分点/满分点, 分档, 未达目标扣分, 调查 or 团队数据)</source>
        <translation>没有规则:请填写一个规则栏(每次扣分、否决、是否项、评分满分、零分点/满分点、分档、未达目标扣分、调查或团队数据)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="245"/>
        <source>two rules on one row ({first} and {second})</source>
        <translation>一行有两个规则({first} 和 {second})</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="246"/>
        <source>missing {field}</source>
        <translation>缺少{field}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="247"/>
        <source>a row before any section: fill 考核项目 (section)</source>
        <translation>此行之前没有节:请填写考核项目</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="249"/>
        <source>section “{section}” appears again (it began on row {first_row})</source>
        <translation>节“{section}”再次出现(始于第 {first_row} 行)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="251"/>
        <source>the section already has another {field} (row {first}); this row says “{value}”</source>
        <translation>此节的{field}已在第 {first} 行填写为其他值;本行为“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="253"/>
        <source>a row with neither an item nor a section</source>
        <translation>此行既不是考核项也不是节</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="255"/>
        <source>this kind of item has no 分值 of its own; a section&apos;s points go in 项目分值</source>
        <translation>此类考核项没有自己的分值;节的分值请填在项目分值栏</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="256"/>
        <source>扣完为止 needs the item&apos;s 分值</source>
        <translation>扣完为止需要填写本项的分值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="257"/>
        <source>give 上限 or 扣完为止, not both</source>
        <translation>上限与扣完为止只能填一个</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="258"/>
        <source>this kind of item cannot stand outside a section</source>
        <translation>此类考核项不能放在节之外</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="260"/>
        <source>the 高级 (YAML) cell is not a YAML mapping ({reason})</source>
        <translation>高级(YAML)栏不是 YAML 映射({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="261"/>
        <source>“{key}” is given by a column too</source>
        <translation>“{key}”也由其他栏目给出</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="262"/>
        <source>unknown setting “{key}”</source>
        <translation>未知设置“{key}”</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="264"/>
        <source>“{key}” is given twice (first on row {first_row})</source>
        <translation>“{key}”填写了两次(第一次在第 {first_row} 行)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="265"/>
        <source>missing setting {key}</source>
        <translation>缺少设置 {key}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="267"/>
        <source>duplicate id “{id}” (first used on {first_sheet} row {first_row})</source>
        <translation>编号“{id}”重复(已用于 {first_sheet} 第 {first_row} 行)</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="269"/>
        <source>a section needs 项目分值 (points) or 权重 (weight)</source>
        <translation>节需要项目分值或权重</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="271"/>
        <source>some sections have 项目分值 and others 权重: use one for every section</source>
        <translation>有的节填了项目分值,有的填了权重:所有节请使用同一种</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="273"/>
        <source>the sections&apos; points add up to {total}, not the base {base}</source>
        <translation>各节分值之和为 {total},不等于基准分 {base}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="274"/>
        <source>the sections&apos; weights add up to {total}, not 100</source>
        <translation>各节权重之和为 {total},不等于 100</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="275"/>
        <source>no sections or items</source>
        <translation>没有节或考核项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="277"/>
        <source>a row needs 等级 (grade), 绩效比例 (pay %) or both</source>
        <translation>此行需要填写等级、绩效比例或两者</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="278"/>
        <source>“{value}” does not follow on from the row above</source>
        <translation>“{value}”与上一行的分数线不衔接</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="293"/>
        <source>Nothing was saved: {reason}</source>
        <translation>未保存:{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_import_dialog.py" line="299"/>
        <source>Saved “{name}” as version {version}.</source>
        <translation>已将“{name}”保存为第 {version} 版。</translation>
    </message>
</context>
<context>
    <name>RubricWords</name>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="9"/>
        <source>Deduct per occurrence (扣分)</source>
        <translation>每次扣分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="10"/>
        <source>Add per occurrence (加分)</source>
        <translation>每次加分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="11"/>
        <source>Short of a target</source>
        <translation>未达目标扣分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="12"/>
        <source>Veto (一票否决)</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="13"/>
        <source>Met or not (是/否)</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="14"/>
        <source>Mark out of a maximum</source>
        <translation>按满分评分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="15"/>
        <source>Straight line between two values</source>
        <translation>两值之间线性计分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="16"/>
        <source>Bands (档次)</source>
        <translation>分档计分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="17"/>
        <source>Survey answers</source>
        <translation>回访调查</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="18"/>
        <source>From the team&apos;s results</source>
        <translation>按团队结果</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="24"/>
        <source>Bonuses</source>
        <translation>加分项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="25"/>
        <source>Form-level deductions</source>
        <translation>整表扣分项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="26"/>
        <source>Vetoes</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="27"/>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="28"/>
        <source>Pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="34"/>
        <source>The team members&apos; mean total</source>
        <translation>团队成员平均总分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="36"/>
        <source>The team&apos;s rank</source>
        <translation>团队排名</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="37"/>
        <source>The members&apos; mean score of an item</source>
        <translation>成员某考核项平均得分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="39"/>
        <source>A team figure</source>
        <translation>团队数值</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="47"/>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="57"/>
        <source>veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/words.py" line="58"/>
        <source>short of a target</source>
        <translation>未达目标</translation>
    </message>
</context>
<context>
    <name>RubricsView</name>
    <message>
        <location filename="../../ui/rubrics_view.py" line="35"/>
        <source>Rubrics</source>
        <translation>考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="40"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="40"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="40"/>
        <source>Built-in or own</source>
        <translation>内置或自定</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="41"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="41"/>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="54"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="55"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="56"/>
        <source>Opens the latest version; saving makes the next one (a built-in rubric gets a version of your own)</source>
        <translation>打开最新版本；保存后成为下一版本（内置标准保存为本单位自己的版本）</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="58"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="59"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="60"/>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="61"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="75"/>
        <source>Versions are never changed: an edit is saved as the next version, in use from the period you choose. Forms keep the version they were scored with.</source>
        <translation>版本一经保存不再更改：修改保存为下一版本，自所选期间起启用。考核表保留其评分时所用的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="101"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="101"/>
        <source>Own</source>
        <translation>自定</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="121"/>
        <source>%1: ended from %2</source>
        <translation>%1：自 %2 起停用</translation>
    </message>
    <message>
        <location filename="../../ui/rubrics_view.py" line="124"/>
        <source>%1: v%2 from %3</source>
        <translation>%1：自 %3 起用第 %2 版</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="48"/>
        <source>Save the rubric</source>
        <translation>保存考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="50"/>
        <source>Save “%1” as version %2</source>
        <translation>将“%1”保存为第 %2 版</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="57"/>
        <source>In use from</source>
        <translation>启用期间</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="62"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="74"/>
        <source>Save version %1</source>
        <translation>保存第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="95"/>
        <source>nobody yet (no post or team)</source>
        <translation>暂无（无岗位或班组）</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="97"/>
        <source>From %1, version %2 applies to: %3.</source>
        <translation>自 %1 起，第 %2 版适用于：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="99"/>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="147"/>
        <source>Forms already made keep the version they were scored with.</source>
        <translation>已生成的考核表保留其评分时所用的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="105"/>
        <source>post %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="107"/>
        <source>team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="126"/>
        <source>Saving the rubric</source>
        <translation>保存考核标准</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="137"/>
        <source>Version %1 is saved and in use from %2.</source>
        <translation>第 %1 版已保存，自 %2 起启用。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="140"/>
        <source>No active employee moves to it.</source>
        <translation>没有在职员工改用此版本。</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="144"/>
        <source>Moving to it: %1</source>
        <translation>改用此版本的员工：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rubric_editor/save_dialog.py" line="146"/>
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/save_dialog.py" line="154"/>
        <source>%1 (%2, from version %3)</source>
        <translation>%1（%2，原第 %3 版）</translation>
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
        <location filename="../../ui/sign_in.py" line="291"/>
        <source>Sign in — Appraisal Desk 考评台</source>
        <translation>登录 — 考评台</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/sign_in.py" line="167"/>
        <location filename="../../ui/sign_in.py" line="189"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="168"/>
        <source>your own PIN</source>
        <translation>本人 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="174"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="190"/>
        <location filename="../../ui/sign_in.py" line="224"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="209"/>
        <source>Nobody can sign in: no active user has a PIN.</source>
        <translation>无人可以登录：没有已启用且设有 PIN 码的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="227"/>
        <source>This is the demo: sign in as one of its users to look around.</source>
        <translation>这是演示数据库：用下列任一演示用户登录即可体验。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="247"/>
        <source>Choose a user.</source>
        <translation>请选择用户。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="252"/>
        <source>Enter your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="269"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="272"/>
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
        <location filename="../../ui/signing_key.py" line="73"/>
        <source>Not made yet: it is made with the first signature.</source>
        <translation>尚未生成：第一次签字时自动生成。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="74"/>
        <source>Kept in the system&apos;s keyring; a passphrase copy can be set.</source>
        <translation>保存在系统钥匙串中；可另设口令备份。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="75"/>
        <source>Protected by the key passphrase.</source>
        <translation>由密钥口令保护。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="76"/>
        <source>NOT PROTECTED: anyone who copies the signing folder can sign as the organisation. Set a passphrase.</source>
        <translation>未受保护：任何人复制签章文件夹即可以单位名义签章。请设置口令。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="81"/>
        <source>Locked: enter the passphrase and press Unlock.</source>
        <translation>已锁定：请输入口令并点“解锁”。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="96"/>
        <source>Only the HR admin manages the signing key.</source>
        <translation>只有人事管理员可以管理签章密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="104"/>
        <source>Unlocked until the app closes.</source>
        <translation>已解锁，直到关闭本程序。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="111"/>
        <source>The passphrase needs at least %1 characters: nothing was changed.</source>
        <translation>口令至少需要 %1 个字符：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="115"/>
        <source>The two passphrases differ: nothing was changed.</source>
        <translation>两次输入的口令不一致：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/signing_key.py" line="126"/>
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
    <name>TargetPicker</name>
    <message>
        <location filename="../../ui/rubric_editor/target_picker.py" line="15"/>
        <source>Everyone with the post</source>
        <translation>该岗位的所有人</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/target_picker.py" line="16"/>
        <source>Everyone in the team</source>
        <translation>该班组的所有人</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/target_picker.py" line="52"/>
        <source>post %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_editor/target_picker.py" line="53"/>
        <source>team %1</source>
        <translation>班组 %1</translation>
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
        <location filename="../../ui/users_dialog.py" line="53"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="58"/>
        <location filename="../../ui/users_dialog.py" line="125"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="58"/>
        <location filename="../../ui/users_dialog.py" line="126"/>
        <location filename="../../ui/users_dialog.py" line="140"/>
        <location filename="../../ui/users_dialog.py" line="168"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="58"/>
        <location filename="../../ui/users_dialog.py" line="173"/>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="111"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="120"/>
        <location filename="../../ui/users_dialog.py" line="150"/>
        <source>the same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="121"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="127"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="128"/>
        <location filename="../../ui/users_dialog.py" line="170"/>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="137"/>
        <location filename="../../ui/users_dialog.py" line="242"/>
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="119"/>
        <location filename="../../ui/users_dialog.py" line="149"/>
        <source>6–12 digits, or 8+ characters</source>
        <translation>6–12 位数字，或至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="143"/>
        <source>Save role</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="151"/>
        <source>Change PIN</source>
        <translation>修改 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="152"/>
        <location filename="../../ui/users_dialog.py" line="244"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="157"/>
        <source>Save teams</source>
        <translation>保存班组</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="164"/>
        <source>A shift lead sees and ticks only the employees of her teams.</source>
        <translation>值班长只能查看和检查其负责班组的员工。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="169"/>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="178"/>
        <source>Idle lock</source>
        <translation>空闲锁定</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="183"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="186"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="190"/>
        <source>Lock the window after</source>
        <translation>空闲多久后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="204"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="204"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="206"/>
        <source>no PIN</source>
        <translation>未设 PIN 码</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="208"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="241"/>
        <source>Selected user: %s</source>
        <translation>所选用户：%s</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="243"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="283"/>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>两次输入的 PIN 码不一致：请输入相同的 PIN 码。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="285"/>
        <source>A PIN is 6–12 digits, or a password of at least 8 characters.</source>
        <translation>PIN 码须为 6–12 位数字，或至少 8 个字符的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="298"/>
        <source>Added %s.</source>
        <translation>已添加 %s。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="316"/>
        <source>The PIN of %s was changed.</source>
        <translation>%s 的 PIN 码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="328"/>
        <source>%s is now: %s.</source>
        <translation>%s 现在是：%s。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="342"/>
        <source>%s was deactivated.</source>
        <translation>%s 已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="343"/>
        <source>%s was reactivated.</source>
        <translation>%s 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="356"/>
        <source>The teams of %s were saved.</source>
        <translation>%s 的班组已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="361"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ValueRow</name>
    <message>
        <location filename="../../ui/checklist_rows.py" line="197"/>
        <source>Met ✓</source>
        <translation>达标 ✓</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="197"/>
        <source>Not met ✗</source>
        <translation>未达标 ✗</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="210"/>
        <source>from the team&apos;s results</source>
        <translation>取自班组结果</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="255"/>
        <location filename="../../ui/checklist_rows.py" line="258"/>
        <source>Not a number: %s</source>
        <translation>不是数字：%s</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="262"/>
        <source>Counts are whole numbers</source>
        <translation>次数须为整数</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="266"/>
        <source>The denominator must be above 0</source>
        <translation>分母必须大于 0</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_rows.py" line="270"/>
        <source>Between 0 and %s</source>
        <translation>须在 0 到 %s 之间</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/coverage.py" line="24"/>
        <source>This period</source>
        <translation>本期记录</translation>
    </message>
    <message>
        <location filename="../../ui/coverage.py" line="30"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coverage.py" line="32"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coverage.py" line="38"/>
        <source>%n entry(ies) this period</source>
        <translation>
            <numerusform>本期 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coverage.py" line="39"/>
        <source>No entry yet this period</source>
        <translation>本期尚无记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coverage.py" line="41"/>
        <source>%n occurrence(s) in them</source>
        <translation>
            <numerusform>共 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coverage.py" line="43"/>
        <source>%n KPI value(s) entered</source>
        <translation>
            <numerusform>已录入 %n 项指标数值</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/coverage.py" line="45"/>
        <source>Never inspected</source>
        <translation>从未检查</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/coverage.py" line="47"/>
        <source>Last inspection: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>上次检查：%1（%n 天前）</numerusform>
        </translation>
    </message>
</context>
</TS>
