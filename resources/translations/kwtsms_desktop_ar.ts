<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountService</name>
    <message>
        <source>Connected as {user}</source>
        <translation>متصل باسم {user}</translation>
    </message>
    <message>
        <source>Connected. Balance: {balance}; sender IDs: {senders}.</source>
        <translation>تم الاتصال. الرصيد: {balance}، أسماء المرسل: {senders}.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Not connected: enter your API username and password in Settings.</source>
        <translation>غير متصل: أدخل اسم مستخدم API وكلمة المرور في الإعدادات.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>{count} نقاط</numerusform>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>{count} نقطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Add recipients</source>
        <translation>إضافة المستلمين</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Leave out the members of:</source>
        <translation>استثناء أعضاء:</translation>
    </message>
    <message>
        <source>Send to groups</source>
        <translation>الإرسال إلى مجموعات</translation>
    </message>
    <message>
        <source>Send to the members of:</source>
        <translation>الإرسال إلى أعضاء:</translation>
    </message>
    <message numerus="yes">
        <source>{count} contact(s)</source>
        <translation>
            <numerusform>{count} جهة اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>{count} جهات اتصال</numerusform>
            <numerusform>{count} جهة اتصال</numerusform>
            <numerusform>{count} جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>A broadcast is sending. Pause it or let it finish, then restore. Nothing was changed.</source>
        <translation>هناك حملة قيد الإرسال. أوقفها مؤقتًا أو دعها تنتهي، ثم استعد. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>حُفظت النسخة الاحتياطية في {path}.</translation>
    </message>
    <message>
        <source>Replace the contacts, groups, do-not-send list, history and settings with the backup {file}? The data you have now is kept aside in the data folder.</source>
        <translation>هل تستبدل جهات الاتصال والمجموعات وقائمة عدم الإرسال والسجل والإعدادات بالنسخة الاحتياطية {file}؟ تُحفظ بياناتك الحالية جانبًا في مجلد البيانات.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore cancelled. Nothing was changed.</source>
        <translation>أُلغيت الاستعادة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Restored from {file}.</source>
        <translation>تمت الاستعادة من {file}.</translation>
    </message>
    <message>
        <source>The data replaced is kept as {aside}.</source>
        <translation>البيانات المستبدلة محفوظة باسم {aside}.</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be made: {reason}</source>
        <translation>تعذّر عمل النسخة الاحتياطية التلقائية لليوم: {reason}</translation>
    </message>
    <message>
        <source>Today's automatic backup was made: {file}.</source>
        <translation>عُملت النسخة الاحتياطية التلقائية لليوم: {file}.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Code for kwtSMS support: {code}</source>
        <translation>الرمز لدعم kwtSMS: {code}</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>رقم الرسالة</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>BroadcastResultsPanel</name>
    <message>
        <source>%v of %m batches</source>
        <translation>%v من %m دفعة</translation>
    </message>
    <message>
        <source>Ask kwtSMS about every batch of this broadcast, and for the delivery reports of numbers outside Kuwait (from 5 minutes after sending).</source>
        <translation>اسأل kwtSMS عن كل دفعة في هذه الإرسالية، وعن تقارير التسليم للأرقام خارج الكويت (بعد 5 دقائق من الإرسال).</translation>
    </message>
    <message>
        <source>Asking kwtSMS about every batch…</source>
        <translation>جارٍ سؤال kwtSMS عن كل دفعة…</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>تحقّق من الحالة</translation>
    </message>
    <message numerus="yes">
        <source>Checked {count} batch(es).</source>
        <translation>
            <numerusform>تم التحقق من {count} دفعة.</numerusform>
            <numerusform>تم التحقق من دفعة واحدة.</numerusform>
            <numerusform>تم التحقق من دفعتين.</numerusform>
            <numerusform>تم التحقق من {count} دفعات.</numerusform>
            <numerusform>تم التحقق من {count} دفعة.</numerusform>
            <numerusform>تم التحقق من {count} دفعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each number</source>
        <translation>كل رقم</translation>
    </message>
    <message>
        <source>Not connected to kwtSMS.</source>
        <translation>غير متصل بـ kwtSMS.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>حفظ التقرير PDF</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>حفظ التقرير PDF…</translation>
    </message>
    <message>
        <source>Saved the report to {file}.</source>
        <translation>حُفظ التقرير في {file}.</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>إيقاف التحقق</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {count} batch(es) were checked.</source>
        <translation>
            <numerusform>توقف: تم التحقق من {count} دفعة.</numerusform>
            <numerusform>توقف: تم التحقق من دفعة واحدة.</numerusform>
            <numerusform>توقف: تم التحقق من دفعتين.</numerusform>
            <numerusform>توقف: تم التحقق من {count} دفعات.</numerusform>
            <numerusform>توقف: تم التحقق من {count} دفعة.</numerusform>
            <numerusform>توقف: تم التحقق من {count} دفعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: {reason}</source>
        <translation>توقف التحقق: {reason}</translation>
    </message>
    <message>
        <source>The report could not be saved to {file}: {reason}</source>
        <translation>تعذر حفظ التقرير في {file}: {reason}</translation>
    </message>
    <message>
        <source>The results could not be read: {error}</source>
        <translation>تعذرت قراءة النتائج: {error}</translation>
    </message>
    <message>
        <source>The status check failed: {error}</source>
        <translation>فشل التحقق من الحالة: {error}</translation>
    </message>
</context>
<context>
    <name>BroadcastRow</name>
    <message>
        <source>Sends at {time} Kuwait time.</source>
        <translation>تُرسل في {time} بتوقيت الكويت.</translation>
    </message>
    <message numerus="yes">
        <source>{count} accepted</source>
        <translation>
            <numerusform>{count} مقبول</numerusform>
            <numerusform>واحد مقبول</numerusform>
            <numerusform>اثنان مقبولان</numerusform>
            <numerusform>{count} مقبولة</numerusform>
            <numerusform>{count} مقبولًا</numerusform>
            <numerusform>{count} مقبول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} cancelled</source>
        <translation>
            <numerusform>{count} ملغى</numerusform>
            <numerusform>واحد ملغى</numerusform>
            <numerusform>اثنان ملغيان</numerusform>
            <numerusform>{count} ملغاة</numerusform>
            <numerusform>{count} ملغى</numerusform>
            <numerusform>{count} ملغى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} not sent yet</source>
        <translation>
            <numerusform>{count} لم يُرسل بعد</numerusform>
            <numerusform>{count} لم يُرسل بعد</numerusform>
            <numerusform>{count} لم يُرسل بعد</numerusform>
            <numerusform>{count} لم يُرسل بعد</numerusform>
            <numerusform>{count} لم يُرسل بعد</numerusform>
            <numerusform>{count} لم يُرسل بعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rejected</source>
        <translation>
            <numerusform>{count} مرفوض</numerusform>
            <numerusform>واحد مرفوض</numerusform>
            <numerusform>اثنان مرفوضان</numerusform>
            <numerusform>{count} مرفوضة</numerusform>
            <numerusform>{count} مرفوضًا</numerusform>
            <numerusform>{count} مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} uncertain</source>
        <translation>
            <numerusform>{count} غير مؤكد</numerusform>
            <numerusform>واحد غير مؤكد</numerusform>
            <numerusform>اثنان غير مؤكدين</numerusform>
            <numerusform>{count} غير مؤكدة</numerusform>
            <numerusform>{count} غير مؤكد</numerusform>
            <numerusform>{count} غير مؤكد</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} من {total}</translation>
    </message>
</context>
<context>
    <name>BroadcastsModel</name>
    <message>
        <source>1 uncertain batch</source>
        <translation>دفعة واحدة غير مؤكدة</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>فعلي</translation>
    </message>
    <message>
        <source>Missed its time</source>
        <translation>فات موعدها</translation>
    </message>
    <message>
        <source>Scheduled · {countdown}</source>
        <translation>مجدولة · {countdown}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>تجربة</translation>
    </message>
    <message numerus="yes">
        <source>{count} uncertain batch(es)</source>
        <translation>
            <numerusform>{count} دفعة غير مؤكدة</numerusform>
            <numerusform>دفعة واحدة غير مؤكدة</numerusform>
            <numerusform>دفعتان غير مؤكدتين</numerusform>
            <numerusform>{count} دفعات غير مؤكدة</numerusform>
            <numerusform>{count} دفعة غير مؤكدة</numerusform>
            <numerusform>{count} دفعة غير مؤكدة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeGroup</name>
    <message numerus="yes">
        <source>add {count} contact(s) to {group}</source>
        <translation>
            <numerusform>إضافة {count} جهة اتصال إلى {group}</numerusform>
            <numerusform>إضافة جهة اتصال واحدة إلى {group}</numerusform>
            <numerusform>إضافة جهتي اتصال إلى {group}</numerusform>
            <numerusform>إضافة {count} جهات اتصال إلى {group}</numerusform>
            <numerusform>إضافة {count} جهة اتصال إلى {group}</numerusform>
            <numerusform>إضافة {count} جهة اتصال إلى {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove {count} contact(s) from {group}</source>
        <translation>
            <numerusform>إزالة {count} جهة اتصال من {group}</numerusform>
            <numerusform>إزالة جهة اتصال واحدة من {group}</numerusform>
            <numerusform>إزالة جهتي اتصال من {group}</numerusform>
            <numerusform>إزالة {count} جهات اتصال من {group}</numerusform>
            <numerusform>إزالة {count} جهة اتصال من {group}</numerusform>
            <numerusform>إزالة {count} جهة اتصال من {group}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Live mode: real messages</source>
        <translation>الوضع الحقيقي: رسائل حقيقية</translation>
    </message>
    <message>
        <source>Loading sender IDs…</source>
        <translation>جارٍ تحميل أسماء المرسل…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>طول الرسالة</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>No sender ID on this account</source>
        <translation>لا يوجد اسم مرسل في هذا الحساب</translation>
    </message>
    <message>
        <source>Removed before sending (phones cannot show them): {items}</source>
        <translation>يُحذف قبل الإرسال (لا تعرضه الهواتف): {items}</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>إرسال لاحقًا…</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>إرسال الرسالة (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send the message later, at a chosen time</source>
        <translation>أرسل الرسالة لاحقًا في وقت تختاره</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>إرسال…</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>وضع الاختبار</translation>
    </message>
    <message>
        <source>Test mode is on</source>
        <translation>وضع الاختبار مفعّل</translation>
    </message>
    <message>
        <source>The balance does not cover this broadcast: recharge at kwtsms.com or send to fewer numbers.</source>
        <translation>الرصيد لا يغطي هذه الحملة: اشحن رصيدك في kwtsms.com أو أرسل إلى أرقام أقل.</translation>
    </message>
    <message>
        <source>The cost shows once there is a message · {balance}</source>
        <translation>تظهر التكلفة عند كتابة الرسالة · {balance}</translation>
    </message>
    <message>
        <source>These characters make this a Unicode (UCS-2) message, 70 characters per page instead of 160: {chars}</source>
        <translation>هذه الأحرف تجعل الرسالة يونيكود (UCS-2)، أي 70 حرفاً في الصفحة بدلاً من 160: {chars}</translation>
    </message>
    <message>
        <source>Type the message in Arabic or English…</source>
        <translation>اكتب الرسالة بالعربية أو بالإنجليزية…</translation>
    </message>
    <message>
        <source>Use plain characters</source>
        <translation>أحرف عادية</translation>
    </message>
    <message>
        <source>balance unknown</source>
        <translation>الرصيد غير معروف</translation>
    </message>
    <message>
        <source>balance {balance}</source>
        <translation>الرصيد {balance}</translation>
    </message>
    <message>
        <source>not enough balance</source>
        <translation>الرصيد لا يكفي</translation>
    </message>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>{count} نقاط</numerusform>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>{count} نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>{page_word} × no recipients yet · {balance}</source>
        <translation>{page_word} × لا مستلمين بعد · {balance}</translation>
    </message>
    <message>
        <source>{page_word} × {count} = {points} · {balance}</source>
        <translation>{page_word} × {count} = {points} · {balance}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>A new group (optional)</source>
        <translation>مجموعة جديدة (اختياري)</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;استعادة…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>عدم الإرسال</translation>
    </message>
    <message>
        <source>Import into a &amp;group…</source>
        <translation>استيراد إلى &amp;مجموعة…</translation>
    </message>
    <message>
        <source>Reading the groups…</source>
        <translation>جارٍ قراءة المجموعات…</translation>
    </message>
    <message>
        <source>Recipients from {sources}.</source>
        <translation>المستلمون من {sources}.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Added</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>عدم الإرسال</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>This number is on the do-not-send list: nothing is sent to it.</source>
        <translation>هذا الرقم في قائمة عدم الإرسال: لا يُرسل إليه شيء.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Add to a new group…</source>
        <translation>إضافة إلى مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Add to {group}</source>
        <translation>إضافة إلى {group}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Export a group</source>
        <translation>تصدير مجموعة</translation>
    </message>
    <message>
        <source>Export rows to fix</source>
        <translation>تصدير الصفوف التي تحتاج تصحيحًا</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Import into a group</source>
        <translation>استيراد إلى مجموعة</translation>
    </message>
    <message>
        <source>Import into group…</source>
        <translation>استيراد إلى مجموعة…</translation>
    </message>
    <message>
        <source>Importing into {group}…</source>
        <translation>جارٍ الاستيراد إلى {group}…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Reading the address book…</source>
        <translation>جارٍ قراءة دفتر العناوين…</translation>
    </message>
    <message>
        <source>Remove from {group}</source>
        <translation>إزالة من {group}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} row(s) to {file}.</source>
        <translation>
            <numerusform>حُفظ {count} صف في {file}.</numerusform>
            <numerusform>حُفظ صف واحد في {file}.</numerusform>
            <numerusform>حُفظ صفان في {file}.</numerusform>
            <numerusform>حُفظ {count} صفوف في {file}.</numerusform>
            <numerusform>حُفظ {count} صفًا في {file}.</numerusform>
            <numerusform>حُفظ {count} صف في {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Search by number, name, note or field (Ctrl+F)</source>
        <translation>ابحث بالرقم أو الاسم أو الملاحظة أو الحقل (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>توقّف. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The new group's name:</source>
        <translation>اسم المجموعة الجديدة:</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>هذا ليس رقم هاتف صالحًا.</translation>
    </message>
    <message>
        <source>Working… {percent}%</source>
        <translation>جارٍ العمل… {percent}٪</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>جهات-الاتصال</translation>
    </message>
    <message numerus="yes">
        <source>{count} contact(s) added to {group}.</source>
        <translation>
            <numerusform>أُضيفت {count} جهة اتصال إلى {group}.</numerusform>
            <numerusform>أُضيفت جهة اتصال واحدة إلى {group}.</numerusform>
            <numerusform>أُضيفت جهتا اتصال إلى {group}.</numerusform>
            <numerusform>أُضيفت {count} جهات اتصال إلى {group}.</numerusform>
            <numerusform>أُضيفت {count} جهة اتصال إلى {group}.</numerusform>
            <numerusform>أُضيفت {count} جهة اتصال إلى {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} contact(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>حُذفت {count} جهة اتصال. Ctrl+Z يعيدها.</numerusform>
            <numerusform>حُذفت جهة اتصال واحدة. Ctrl+Z يعيدها.</numerusform>
            <numerusform>حُذفت جهتا اتصال. Ctrl+Z يعيدهما.</numerusform>
            <numerusform>حُذفت {count} جهات اتصال. Ctrl+Z يعيدها.</numerusform>
            <numerusform>حُذفت {count} جهة اتصال. Ctrl+Z يعيدها.</numerusform>
            <numerusform>حُذفت {count} جهة اتصال. Ctrl+Z يعيدها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} contact(s) removed from {group}.</source>
        <translation>
            <numerusform>أُزيلت {count} جهة اتصال من {group}.</numerusform>
            <numerusform>أُزيلت جهة اتصال واحدة من {group}.</numerusform>
            <numerusform>أُزيلت جهتا اتصال من {group}.</numerusform>
            <numerusform>أُزيلت {count} جهات اتصال من {group}.</numerusform>
            <numerusform>أُزيلت {count} جهة اتصال من {group}.</numerusform>
            <numerusform>أُزيلت {count} جهة اتصال من {group}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} is already in the address book.</source>
        <translation>الرقم {number} موجود في دفتر العناوين.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} contact(s)</source>
        <translation>
            <numerusform>{shown} من {total} جهة اتصال</numerusform>
            <numerusform>{shown} من جهة اتصال واحدة</numerusform>
            <numerusform>{shown} من جهتي اتصال</numerusform>
            <numerusform>{shown} من {total} جهات اتصال</numerusform>
            <numerusform>{shown} من {total} جهة اتصال</numerusform>
            <numerusform>{shown} من {total} جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CulpritHighlighter</name>
    <message>
        <source>Use plain characters to replace it</source>
        <translation>استخدم «أحرف عادية» لاستبداله</translation>
    </message>
</context>
<context>
    <name>DeleteContacts</name>
    <message numerus="yes">
        <source>delete {count} contact(s)</source>
        <translation>
            <numerusform>حذف {count} جهة اتصال</numerusform>
            <numerusform>حذف جهة اتصال واحدة</numerusform>
            <numerusform>حذف جهتي اتصال</numerusform>
            <numerusform>حذف {count} جهات اتصال</numerusform>
            <numerusform>حذف {count} جهة اتصال</numerusform>
            <numerusform>حذف {count} جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoNotSendPage</name>
    <message>
        <source>Add from a file</source>
        <translation>إضافة من ملف</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>إضافة من ملف…</translation>
    </message>
    <message>
        <source>Add numbers…</source>
        <translation>إضافة أرقام…</translation>
    </message>
    <message>
        <source>Not a phone number: {list}. Nothing was added.</source>
        <translation>ليس رقم هاتف: {list}. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Nothing is ever sent to these numbers, from the window or the command line, whatever the recipients' source.</source>
        <translation>لا يُرسل شيء إلى هذه الأرقام أبدًا، من النافذة أو من سطر الأوامر، أيًّا كان مصدر المستلمين.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The do-not-send list</source>
        <translation>قائمة عدم الإرسال</translation>
    </message>
    <message>
        <source>Type at least one number.</source>
        <translation>اكتب رقمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation>من {file}</translation>
    </message>
    <message>
        <source>{added} added from {file} ({already} already on the list, {rejected} rejected).</source>
        <translation>أُضيف {added} من {file} ({already} في القائمة من قبل، ورُفض {rejected}).</translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s) on the do-not-send list.</source>
        <translation>
            <numerusform>في قائمة عدم الإرسال {count} رقم.</numerusform>
            <numerusform>في قائمة عدم الإرسال رقم واحد.</numerusform>
            <numerusform>في قائمة عدم الإرسال رقمان.</numerusform>
            <numerusform>في قائمة عدم الإرسال {count} أرقام.</numerusform>
            <numerusform>في قائمة عدم الإرسال {count} رقمًا.</numerusform>
            <numerusform>في قائمة عدم الإرسال {count} رقم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s) removed from the do-not-send list.</source>
        <translation>
            <numerusform>أُزيل {count} رقم من قائمة عدم الإرسال.</numerusform>
            <numerusform>أُزيل رقم واحد من قائمة عدم الإرسال.</numerusform>
            <numerusform>أُزيل رقمان من قائمة عدم الإرسال.</numerusform>
            <numerusform>أُزيلت {count} أرقام من قائمة عدم الإرسال.</numerusform>
            <numerusform>أُزيل {count} رقمًا من قائمة عدم الإرسال.</numerusform>
            <numerusform>أُزيل {count} رقم من قائمة عدم الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>{count} صفوف</numerusform>
            <numerusform>{count} صفًا</numerusform>
            <numerusform>{count} صف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditContact</name>
    <message>
        <source>edit {number}</source>
        <translation>تعديل {number}</translation>
    </message>
</context>
<context>
    <name>GroupImportDialog</name>
    <message>
        <source>A group's name: an existing one or a new one</source>
        <translation>اسم المجموعة: موجودة أو جديدة</translation>
    </message>
    <message>
        <source>Columns kept as fields</source>
        <translation>الأعمدة المحفوظة حقولًا</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import into a group</source>
        <translation>استيراد إلى مجموعة</translation>
    </message>
    <message>
        <source>Import {count} into {group}</source>
        <translation>استيراد {count} إلى {group}</translation>
    </message>
    <message>
        <source>Into group</source>
        <translation>إلى المجموعة</translation>
    </message>
    <message>
        <source>Keep these columns</source>
        <translation>احفظ هذه الأعمدة</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>All contacts ({count})</source>
        <translation>كل جهات الاتصال ({count})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(choose a column)</source>
        <translation>(اختر عمودًا)</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(بدون أسماء)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation>إضافة المستلمين</translation>
    </message>
    <message>
        <source>Add rows</source>
        <translation>إضافة الصفوف</translation>
    </message>
    <message numerus="yes">
        <source>Add {count} recipient(s)</source>
        <translation>
            <numerusform>أضف {count} مستلم</numerusform>
            <numerusform>أضف مستلمًا واحدًا</numerusform>
            <numerusform>أضف مستلمَين</numerusform>
            <numerusform>أضف {count} مستلمين</numerusform>
            <numerusform>أضف {count} مستلمًا</numerusform>
            <numerusform>أضف {count} مستلم</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checking stopped. Choose the columns again to check the numbers.</source>
        <translation>توقف الفحص. اختر الأعمدة مرة أخرى لفحص الأرقام.</translation>
    </message>
    <message>
        <source>Checking the numbers…</source>
        <translation>جارٍ فحص الأرقام…</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>اختر العمود الذي يحتوي أرقام الهواتف.</translation>
    </message>
    <message>
        <source>Column {count}</source>
        <translation>العمود {count}</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>استيراد المستلمين</translation>
    </message>
    <message>
        <source>Importing from {source}</source>
        <translation>الاستيراد من {source}</translation>
    </message>
    <message>
        <source>Name column</source>
        <translation>عمود الاسم</translation>
    </message>
    <message>
        <source>None found: every row is read as data.</source>
        <translation>لا يوجد: كل الصفوف تُقرأ بيانات.</translation>
    </message>
    <message>
        <source>Phone number column</source>
        <translation>عمود رقم الهاتف</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <source>Reading stopped. Nothing was imported.</source>
        <translation>توقفت القراءة. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Row {row}: {headers}</source>
        <translation>الصف {row}: {headers}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>إيقاف الفحص</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>There are no rows with data in {source}.</source>
        <translation>لا توجد صفوف فيها بيانات في {source}.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>النص الملصق</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods), CSV or text (.csv, .txt, .tsv) and contacts (.vcf)</source>
        <translation>ملفات Excel (xlsx وxlsm وxls وxlsb) وOpenDocument (ods) وCSV أو النص (csv وtxt وtsv) وجهات الاتصال (vcf)</translation>
    </message>
    <message>
        <source>No file was chosen. Choose a spreadsheet, CSV or contacts file.</source>
        <translation>لم يُختر ملف. اختر جدول بيانات أو ملف CSV أو ملف جهات اتصال.</translation>
    </message>
    <message>
        <source>No phone number was found in the pasted text.</source>
        <translation>لم يُعثر على رقم هاتف في النص الملصق.</translation>
    </message>
    <message>
        <source>Nothing was pasted. Paste one number per line, or columns copied from Excel.</source>
        <translation>لم يُلصق شيء. الصق رقمًا في كل سطر، أو أعمدة منسوخة من Excel.</translation>
    </message>
    <message>
        <source>Something went wrong while reading the recipients. Nothing was imported; please try again, and report it if it happens again.</source>
        <translation>حدث خطأ أثناء قراءة المستلمين فلم يُستورد شيء. حاول مرة أخرى، وأبلغ عن المشكلة إن تكررت.</translation>
    </message>
    <message>
        <source>The chosen phone column is not in this table. Pick the column that holds the numbers.</source>
        <translation>عمود الهاتف المختار غير موجود في هذا الجدول. اختر العمود الذي يحتوي الأرقام.</translation>
    </message>
    <message>
        <source>The file could not be read: it may be damaged or in a format this app does not understand. It reads {formats}.</source>
        <translation>تعذّرت قراءة الملف: ربما هو تالف أو بصيغة لا يفهمها البرنامج. يقرأ البرنامج {formats}.</translation>
    </message>
    <message>
        <source>The file {file} cannot be imported: its format is not supported. It reads {formats}.</source>
        <translation>لا يمكن استيراد الملف {file}: صيغته غير مدعومة أو لا يحتوي نصًا مقروءًا. يقرأ البرنامج {formats}.</translation>
    </message>
    <message>
        <source>The file {file} could not be opened. Choose the file again.</source>
        <translation>تعذّر فتح الملف {file}. اختر الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {file} could not be read. Copy it to this computer and try again.</source>
        <translation>تعذّرت قراءة الملف {file}. انسخه إلى هذا الجهاز وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {file} has a sheet whose cells reach far beyond the data. Delete the empty rows and columns after your data (or copy the data into a new workbook), save, and import again.</source>
        <translation>في الملف {file} ورقة تمتد خلاياها أبعد كثيرًا من البيانات. احذف الصفوف والأعمدة الفارغة بعد بياناتك (أو انسخ البيانات إلى مصنف جديد)، واحفظ، ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {file} has a very long line, so it is not a table of contacts. Open it in Excel or a text editor, check it is the file you meant, save it as .xlsx or .csv and import that.</source>
        <translation>في الملف {file} سطر طويل جدًا، فهو ليس جدول جهات اتصال. افتحه في Excel أو في محرر نصوص وتأكد أنه الملف المقصود، واحفظه بصيغة ⁦.xlsx⁩ أو ⁦.csv⁩ ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} has no contacts in it.</source>
        <translation>لا توجد جهات اتصال في الملف {file}.</translation>
    </message>
    <message>
        <source>The file {file} has no sheet called “{sheet}”.</source>
        <translation>لا توجد في الملف {file} ورقة باسم «{sheet}».</translation>
    </message>
    <message>
        <source>The file {file} has no sheets with cells.</source>
        <translation>لا توجد في الملف {file} أوراق فيها خلايا.</translation>
    </message>
    <message>
        <source>The file {file} has too many columns to import (the limit is 16,384, as in Excel). It is probably not a contact list, or its columns are separated by the wrong character. Open it in Excel, check the columns, save it as .xlsx and import that.</source>
        <translation>في أحد صفوف الملف {file} خانات أكثر مما يمكن استيراده (الحد 16,384 عمودًا كما في Excel). ربما ليس قائمة جهات اتصال، أو أن أعمدته مفصولة بحرف غير صحيح. افتحه في Excel وتحقق من الأعمدة، واحفظه بصيغة ⁦.xlsx⁩ ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} has too many rows or cells to import. Split it into smaller files (or delete the columns you do not need), and import them one by one.</source>
        <translation>في الملف {file} صفوف أو خانات أكثر مما يمكن استيراده. قسّمه إلى ملفات أصغر (أو احذف الأعمدة التي لا تحتاجها)، واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>The file {file} is a ZIP archive, not a spreadsheet. Unzip it and import the spreadsheet inside it.</source>
        <translation>الملف {file} أرشيف مضغوط (ZIP) وليس جدول بيانات. فك ضغطه واستورد جدول البيانات الذي بداخله.</translation>
    </message>
    <message>
        <source>The file {file} is a web page (HTML) saved with an Excel name, too large to read that way. Open it in Excel, save it as .xlsx, and import that.</source>
        <translation>الملف {file} صفحة ويب (HTML) محفوظة باسم Excel، وهي أكبر من أن تُقرأ بهذه الطريقة. افتحه في Excel واحفظه بصيغة ⁦.xlsx⁩ ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} is a web page with no table in it. Open it in Excel, save it as .xlsx, and import that.</source>
        <translation>الملف {file} صفحة ويب بلا جدول بيانات. افتحه في Excel واحفظه بصيغة ⁦.xlsx⁩ ثم استورده.</translation>
    </message>
    <message>
        <source>The file {file} is an old 'XML Spreadsheet 2003' file. Open it in Excel, choose Save As &gt; Excel Workbook (.xlsx), and import that file.</source>
        <translation>الملف {file} بصيغة «XML Spreadsheet 2003» القديمة. افتحه في Excel واحفظه باسم «مصنف Excel ‏(⁦.xlsx⁩)»، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {file} is damaged or incomplete (perhaps it was not fully downloaded or copied), so it cannot be read. Get the file again, or open it in Excel and save a new copy.</source>
        <translation>الملف {file} تالف أو غير مكتمل (ربما لم يُنزَّل أو يُنسخ كاملًا) فلا يمكن قراءته. احصل على الملف مرة أخرى، أو افتحه في Excel واحفظ نسخة جديدة.</translation>
    </message>
    <message>
        <source>The file {file} is empty: it has no rows to import. Check you chose the right file.</source>
        <translation>الملف {file} فارغ: لا توجد فيه صفوف لاستيرادها. تأكد أنك اخترت الملف الصحيح.</translation>
    </message>
    <message>
        <source>The file {file} is not a regular file. Choose a spreadsheet, CSV or contacts file.</source>
        <translation>{file} ليس ملفًا عاديًا. اختر جدول بيانات أو ملف CSV أو ملف جهات اتصال.</translation>
    </message>
    <message>
        <source>The file {file} is not a spreadsheet. Open it in the program that made it, save or export the contacts as Excel or CSV, and import that file.</source>
        <translation>الملف {file} ليس جدول بيانات. افتحه في البرنامج الذي أنشأه، واحفظ جهات الاتصال أو صدّرها بصيغة Excel أو CSV، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file {file} is open in another program or you do not have permission to read it. Close it in Excel and try again.</source>
        <translation>الملف {file} مفتوح في برنامج آخر أو لا تملك صلاحية قراءته. أغلقه في Excel ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {file} is protected with a password, so it cannot be read. Open it in Excel, remove the password, save it, and import it again.</source>
        <translation>الملف {file} محمي بكلمة مرور فلا يمكن قراءته. افتحه في Excel وأزل كلمة المرور واحفظه، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The file {file} is too large to import. Split it into smaller files and import them one by one.</source>
        <translation>الملف {file} أكبر من أن يُستورد. قسّمه إلى ملفات أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>The file {file} was not found. It may have been moved, renamed or deleted; choose the file again.</source>
        <translation>لم يُعثر على الملف {file}. ربما نُقل أو أُعيدت تسميته أو حُذف؛ اختر الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>أُلغي الاستيراد. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The name column could not be found. Choose it yourself.</source>
        <translation>تعذّر العثور على عمود الاسم. اختره بنفسك.</translation>
    </message>
    <message>
        <source>The pasted text could not be read. Paste one number per line, or columns copied from Excel.</source>
        <translation>تعذّرت قراءة النص الملصق. الصق رقمًا في كل سطر، أو أعمدة منسوخة من Excel.</translation>
    </message>
    <message>
        <source>The pasted text has a very long line, so it is not a table of contacts. Paste one number per line, or columns copied from Excel.</source>
        <translation>في النص الملصق سطر طويل جدًا، فهو ليس جدول جهات اتصال. الصق رقمًا في كل سطر، أو أعمدة منسوخة من Excel.</translation>
    </message>
    <message>
        <source>The pasted text has too many columns to import. Paste one number per line, or columns copied from Excel.</source>
        <translation>في أحد أسطر النص الملصق خانات أكثر مما يمكن استيراده. الصق رقمًا في كل سطر، أو أعمدة منسوخة من Excel.</translation>
    </message>
    <message>
        <source>The pasted text has too many rows or cells to import. Save it in smaller files and import them one by one.</source>
        <translation>في النص الملصق صفوف أو خانات أكثر مما يمكن استيراده. احفظه في ملفات أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>The pasted text is too large. Save it as a CSV or Excel file and import the file instead.</source>
        <translation>النص الملصق كبير جدًا. احفظه في ملف CSV أو Excel واستورد الملف بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The phone column could not be found. Choose it yourself.</source>
        <translation>تعذّر العثور على عمود الهاتف. اختره بنفسك.</translation>
    </message>
    <message>
        <source>The rows could not be turned into recipients.</source>
        <translation>تعذّر تحويل الصفوف إلى مستلمين.</translation>
    </message>
    <message>
        <source>This is too large to import on this computer: it ran out of memory. Split the file into smaller ones and import them one by one.</source>
        <translation>هذا أكبر من أن يُستورد على هذا الجهاز: نفدت الذاكرة. قسّم الملف إلى ملفات أصغر واستوردها واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source>You do not have permission to open the file {file}. Ask the file's owner for access, or copy it to your Documents folder and import the copy.</source>
        <translation>ليست لديك صلاحية فتح الملف {file}. اطلب الصلاحية من صاحبه، أو انسخه إلى مجلد المستندات واستورد النسخة.</translation>
    </message>
    <message>
        <source>{file} could not be saved. Check the disk has space and try another folder.</source>
        <translation>تعذّر حفظ {file}. تأكد من وجود مساحة على القرص وجرّب مجلدًا آخر.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the folder does not exist. Choose another folder.</source>
        <translation>تعذّر حفظ {file}: المجلد غير موجود. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>{file} could not be saved: you do not have permission, or it is open in Excel. Close it or choose another name.</source>
        <translation>تعذّر حفظ {file}: لا تملك الصلاحية، أو الملف مفتوح في Excel. أغلق الملف أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file. Choose a file inside it.</source>
        <translation>{file} مجلد وليس ملفًا. اختر ملفًا بداخله.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export rows to fix…</source>
        <translation>تصدير الصفوف التي تحتاج تصحيحًا…</translation>
    </message>
    <message>
        <source>Imported into {group}</source>
        <translation>الاستيراد إلى {group}</translation>
    </message>
</context>
<context>
    <name>InsertFieldButton</name>
    <message>
        <source>Import recipients with a name or other columns to use their fields.</source>
        <translation>استورد مستلمين مع الاسم أو أعمدة أخرى لاستخدام حقولهم.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>إدراج حقل</translation>
    </message>
    <message>
        <source>Put a recipient's own value in the message, e.g. {name}</source>
        <translation>ضع قيمة خاصة بكل مستلم في الرسالة، مثل {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About kwtSMS Desktop</source>
        <translation>حول kwtSMS Desktop</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>&amp;Broadcasts page</source>
        <translation>صفحة الرسائل الجماعية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Import recipients…</source>
        <translation>استيراد المستلمين…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>&amp;Paste recipients</source>
        <translation>لصق المستلمين</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Refresh balance</source>
        <translation>تحديث الرصيد</translation>
    </message>
    <message>
        <source>&amp;Send page</source>
        <translation>صفحة الإرسال</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>إرسال…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Broadcast {id} could not run: {reason}</source>
        <translation>تعذر تشغيل الحملة {id}: {reason}</translation>
    </message>
    <message>
        <source>Broadcast {id} paused: {reason}</source>
        <translation>أُوقفت الحملة {id} مؤقتاً: {reason}</translation>
    </message>
    <message>
        <source>Broadcast {id}: {reason}</source>
        <translation>الحملة {id}: {reason}</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Send a &amp;test to my phone…</source>
        <translation>أرسل &amp;تجربة إلى هاتفي…</translation>
    </message>
    <message>
        <source>kwtSMS Desktop</source>
        <translation>kwtSMS Desktop</translation>
    </message>
    <message>
        <source>kwtSMS Desktop &amp;guide</source>
        <translation>&amp;دليل kwtSMS Desktop</translation>
    </message>
    <message>
        <source>kwtSMS Desktop — Demo</source>
        <translation>kwtSMS Desktop — تجريبي</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>قيد الإرسال</translation>
    </message>
</context>
<context>
    <name>MissedTimeDialog</name>
    <message>
        <source>A new time…</source>
        <translation>وقت جديد…</translation>
    </message>
    <message>
        <source>A scheduled broadcast was not sent</source>
        <translation>حملة مجدولة لم تُرسل</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast {id} was due at {due}, to {count} number(s). It was not sent: nothing is sent late on its own.</source>
        <translation>
            <numerusform>كان موعد الحملة {id} في {due} إلى {count} رقم. لم تُرسل: لا يُرسل شيء متأخرًا من تلقاء نفسه.</numerusform>
            <numerusform>كان موعد الحملة {id} في {due} إلى رقم واحد. لم تُرسل: لا يُرسل شيء متأخرًا من تلقاء نفسه.</numerusform>
            <numerusform>كان موعد الحملة {id} في {due} إلى رقمين. لم تُرسل: لا يُرسل شيء متأخرًا من تلقاء نفسه.</numerusform>
            <numerusform>كان موعد الحملة {id} في {due} إلى {count} أرقام. لم تُرسل: لا يُرسل شيء متأخرًا من تلقاء نفسه.</numerusform>
            <numerusform>كان موعد الحملة {id} في {due} إلى {count} رقمًا. لم تُرسل: لا يُرسل شيء متأخرًا من تلقاء نفسه.</numerusform>
            <numerusform>كان موعد الحملة {id} في {due} إلى {count} رقم. لم تُرسل: لا يُرسل شيء متأخرًا من تلقاء نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the broadcast</source>
        <translation>ألغِ الحملة</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>قرّر لاحقًا</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <source>What should happen to it?</source>
        <translation>ماذا تريد أن تفعل بها؟</translation>
    </message>
</context>
<context>
    <name>MissingValuesBox</name>
    <message>
        <source>Set those recipients aside</source>
        <translation>استبعد هؤلاء المستلمين</translation>
    </message>
    <message>
        <source>Text used when {field} is empty</source>
        <translation>النص المستخدم عندما يكون {field} فارغاً</translation>
    </message>
    <message>
        <source>Use this text instead:</source>
        <translation>استخدم هذا النص بدلاً منها:</translation>
    </message>
    <message>
        <source>When a recipient has no value:</source>
        <translation>عندما لا توجد قيمة لدى المستلم:</translation>
    </message>
    <message>
        <source>When {field} is empty</source>
        <translation>عندما يكون {field} فارغاً</translation>
    </message>
    <message>
        <source>e.g. Parent</source>
        <translation>مثلاً: ولي الأمر</translation>
    </message>
</context>
<context>
    <name>NumberResultsModel</name>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>NumbersDialog</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add to the do-not-send list</source>
        <translation>إضافة إلى قائمة عدم الإرسال</translation>
    </message>
    <message>
        <source>Numbers (one a line, or separated by commas):</source>
        <translation>الأرقام (رقم في كل سطر، أو مفصولة بفواصل):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>e.g. asked by phone to stop</source>
        <translation>مثلًا: طلب بالهاتف التوقف</translation>
    </message>
</context>
<context>
    <name>PersonalMessages</name>
    <message>
        <source>Add recipients first: the preview shows each recipient's message.</source>
        <translation>أضف المستلمين أولاً: تعرض المعاينة رسالة كل مستلم.</translation>
    </message>
    <message>
        <source>Preview each recipient's message</source>
        <translation>معاينة رسالة كل مستلم</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>تعذّر إعداد المعاينة: {error}</translation>
    </message>
    <message>
        <source>balance unknown</source>
        <translation>الرصيد غير معروف</translation>
    </message>
    <message>
        <source>balance {balance}</source>
        <translation>الرصيد {balance}</translation>
    </message>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>{count} نقاط</numerusform>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>{count} نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>{pages} × {count} = {points} · {balance}</source>
        <translation>{pages} × {count} = {points} · {balance}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source> of {count}</source>
        <translation> من {count}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>الأطول</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Nobody would get a message: every recipient is set aside.</source>
        <translation>لن تصل رسالة لأحد: كل المستلمين مستبعدون.</translation>
    </message>
    <message>
        <source>Preview: each recipient's message</source>
        <translation>معاينة: رسالة كل مستلم</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Recipient number</source>
        <translation>رقم المستلم</translation>
    </message>
    <message>
        <source>The message this recipient gets</source>
        <translation>الرسالة التي تصل هذا المستلم</translation>
    </message>
    <message>
        <source>{who} (row {row})</source>
        <translation>{who} (الصف {row})</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Saved the results to {file}.</source>
        <translation>حُفظت النتائج في {file}.</translation>
    </message>
    <message>
        <source>Saving the results…</source>
        <translation>جارٍ حفظ النتائج…</translation>
    </message>
</context>
<context>
    <name>QueueLayout</name>
    <message>
        <source>Batches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>الرسائل الجماعية</translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation>إلغاء الإرسال</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>غيّر الوقت…</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>تحقّق من الحالة</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>تقرير التسليم</translation>
    </message>
    <message>
        <source>Each number</source>
        <translation>كل رقم</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>تصدير النتائج…</translation>
    </message>
    <message>
        <source>Mark as received</source>
        <translation>اعتبرها مُستلمة</translation>
    </message>
    <message>
        <source>No broadcasts yet. Messages you send appear here with their progress.</source>
        <translation>لا توجد رسائل جماعية بعد. تظهر هنا الرسائل التي ترسلها مع تقدّم إرسالها.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resend to these numbers</source>
        <translation>أعد الإرسال إلى هذه الأرقام</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
</context>
<context>
    <name>QueueLookups</name>
    <message>
        <source>Ask kwtSMS what happened to this batch.</source>
        <translation>اسأل kwtSMS عمّا حدث لهذه الدفعة.</translation>
    </message>
    <message>
        <source>Ask kwtSMS which numbers of this batch the message reached.</source>
        <translation>اسأل kwtSMS عن الأرقام التي وصلتها الرسالة في هذه الدفعة.</translation>
    </message>
    <message>
        <source>Asking kwtSMS about batch {seq}…</source>
        <translation>جارٍ سؤال kwtSMS عن الدفعة {seq}…</translation>
    </message>
    <message>
        <source>Asking kwtSMS for the delivery report of batch {seq}…</source>
        <translation>جارٍ طلب تقرير التسليم للدفعة {seq} من kwtSMS…</translation>
    </message>
    <message>
        <source>Batch {seq}: </source>
        <translation>الدفعة {seq}: </translation>
    </message>
    <message>
        <source>Batch {seq}: no delivery report yet.</source>
        <translation>الدفعة {seq}: لا يوجد تقرير تسليم بعد.</translation>
    </message>
    <message>
        <source>Batch {seq}: {meaning}</source>
        <translation>الدفعة {seq}: {meaning}</translation>
    </message>
    <message>
        <source>Not connected to kwtSMS.</source>
        <translation>غير متصل بـ kwtSMS.</translation>
    </message>
    <message>
        <source>Select a batch first.</source>
        <translation>اختر دفعة أولًا.</translation>
    </message>
    <message>
        <source>kwtSMS answered: {raw}</source>
        <translation>ردّ kwtSMS: {raw}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Batch {seq} is counted as received.</source>
        <translation>تُعدّ الدفعة {seq} مُستلمة.</translation>
    </message>
    <message>
        <source>Batch {seq} will be sent again when you resume the broadcast.</source>
        <translation>ستُرسل الدفعة {seq} مرة أخرى عند استئناف الإرسال.</translation>
    </message>
    <message>
        <source>Batch {seq}: </source>
        <translation>الدفعة {seq}: </translation>
    </message>
    <message>
        <source>Cancel this broadcast?</source>
        <translation>إلغاء هذا الإرسال؟</translation>
    </message>
    <message>
        <source>Count this batch as received?</source>
        <translation>اعتبار هذه الدفعة مُستلمة؟</translation>
    </message>
    <message>
        <source>Pausing after the batch being sent now…</source>
        <translation>سيتوقف الإرسال مؤقتًا بعد الدفعة الجاري إرسالها الآن…</translation>
    </message>
    <message>
        <source>Send this batch again?</source>
        <translation>إعادة إرسال هذه الدفعة؟</translation>
    </message>
    <message>
        <source>Send this broadcast now?</source>
        <translation>إرسال هذه الحملة الآن؟</translation>
    </message>
    <message>
        <source>That did not work: {reason} The list has been refreshed.</source>
        <translation>لم ينجح ذلك: {reason} تم تحديث القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>The {count} number(s) are sent the message now instead of at the scheduled time.</source>
        <translation>
            <numerusform>تُرسل الرسالة إلى {count} رقم الآن بدلًا من الوقت المجدول.</numerusform>
            <numerusform>تُرسل الرسالة إلى رقم واحد الآن بدلًا من الوقت المجدول.</numerusform>
            <numerusform>تُرسل الرسالة إلى رقمين الآن بدلًا من الوقت المجدول.</numerusform>
            <numerusform>تُرسل الرسالة إلى {count} أرقام الآن بدلًا من الوقت المجدول.</numerusform>
            <numerusform>تُرسل الرسالة إلى {count} رقمًا الآن بدلًا من الوقت المجدول.</numerusform>
            <numerusform>تُرسل الرسالة إلى {count} رقم الآن بدلًا من الوقت المجدول.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {count} number(s) not sent yet will not be sent. Numbers already sent stay sent. This cannot be undone.</source>
        <translation>
            <numerusform>لن يُرسل إلى ما لم يُرسل إليه بعد ({count} رقم). ما أُرسل يبقى مرسلًا. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>لن يُرسل إلى ما لم يُرسل إليه بعد (رقم واحد). ما أُرسل يبقى مرسلًا. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>لن يُرسل إلى ما لم يُرسل إليه بعد (رقمان). ما أُرسل يبقى مرسلًا. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>لن يُرسل إلى ما لم يُرسل إليه بعد ({count} أرقام). ما أُرسل يبقى مرسلًا. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>لن يُرسل إلى ما لم يُرسل إليه بعد ({count} رقمًا). ما أُرسل يبقى مرسلًا. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>لن يُرسل إلى ما لم يُرسل إليه بعد ({count} رقم). ما أُرسل يبقى مرسلًا. لا يمكن التراجع عن هذا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {count} number(s) of batch {seq} will be counted as sent and never sent again. Choose this only if you know they received it (for example from the kwtsms.com message log).</source>
        <translation>
            <numerusform>ستُحسب أرقام الدفعة {seq} ({count} رقم) مرسلة ولن يُرسل إليها مرة أخرى. اختر هذا فقط إن كنت تعرف أنها استلمت الرسالة (مثلًا من سجل الرسائل في kwtsms.com).</numerusform>
            <numerusform>ستُحسب أرقام الدفعة {seq} (رقم واحد) مرسلة ولن يُرسل إليها مرة أخرى. اختر هذا فقط إن كنت تعرف أنها استلمت الرسالة (مثلًا من سجل الرسائل في kwtsms.com).</numerusform>
            <numerusform>ستُحسب أرقام الدفعة {seq} (رقمان) مرسلة ولن يُرسل إليها مرة أخرى. اختر هذا فقط إن كنت تعرف أنها استلمت الرسالة (مثلًا من سجل الرسائل في kwtsms.com).</numerusform>
            <numerusform>ستُحسب أرقام الدفعة {seq} ({count} أرقام) مرسلة ولن يُرسل إليها مرة أخرى. اختر هذا فقط إن كنت تعرف أنها استلمت الرسالة (مثلًا من سجل الرسائل في kwtsms.com).</numerusform>
            <numerusform>ستُحسب أرقام الدفعة {seq} ({count} رقمًا) مرسلة ولن يُرسل إليها مرة أخرى. اختر هذا فقط إن كنت تعرف أنها استلمت الرسالة (مثلًا من سجل الرسائل في kwtsms.com).</numerusform>
            <numerusform>ستُحسب أرقام الدفعة {seq} ({count} رقم) مرسلة ولن يُرسل إليها مرة أخرى. اختر هذا فقط إن كنت تعرف أنها استلمت الرسالة (مثلًا من سجل الرسائل في kwtsms.com).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {count} number(s) of batch {seq} will be sent the message again. Those who already received it will get it twice, and it costs points again.</source>
        <translation>
            <numerusform>ستُرسل الرسالة مرة أخرى إلى أرقام الدفعة {seq} ({count} رقم). من استلمها من قبل سيستلمها مرتين، وتُخصم النقاط مرة أخرى.</numerusform>
            <numerusform>ستُرسل الرسالة مرة أخرى إلى أرقام الدفعة {seq} (رقم واحد). من استلمها من قبل سيستلمها مرتين، وتُخصم النقاط مرة أخرى.</numerusform>
            <numerusform>ستُرسل الرسالة مرة أخرى إلى أرقام الدفعة {seq} (رقمان). من استلمها من قبل سيستلمها مرتين، وتُخصم النقاط مرة أخرى.</numerusform>
            <numerusform>ستُرسل الرسالة مرة أخرى إلى أرقام الدفعة {seq} ({count} أرقام). من استلمها من قبل سيستلمها مرتين، وتُخصم النقاط مرة أخرى.</numerusform>
            <numerusform>ستُرسل الرسالة مرة أخرى إلى أرقام الدفعة {seq} ({count} رقمًا). من استلمها من قبل سيستلمها مرتين، وتُخصم النقاط مرة أخرى.</numerusform>
            <numerusform>ستُرسل الرسالة مرة أخرى إلى أرقام الدفعة {seq} ({count} رقم). من استلمها من قبل سيستلمها مرتين، وتُخصم النقاط مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until this broadcast stops sending, or pause it.</source>
        <translation>انتظر حتى يتوقف هذا الإرسال، أو أوقفه مؤقتًا.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting {count} s before sending batch {seq} again: </source>
        <translation>
            <numerusform>انتظار {count} ث قبل إعادة إرسال الدفعة {seq}: </numerusform>
            <numerusform>انتظار {count} ث قبل إعادة إرسال الدفعة {seq}: </numerusform>
            <numerusform>انتظار {count} ث قبل إعادة إرسال الدفعة {seq}: </numerusform>
            <numerusform>انتظار {count} ث قبل إعادة إرسال الدفعة {seq}: </numerusform>
            <numerusform>انتظار {count} ث قبل إعادة إرسال الدفعة {seq}: </numerusform>
            <numerusform>انتظار {count} ث قبل إعادة إرسال الدفعة {seq}: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>A phone number is required, but this one is empty: type a number such as {example}.</source>
        <translation>رقم الهاتف مطلوب لكن هذه الخانة فارغة: اكتب رقمًا مثل {example}.</translation>
    </message>
    <message>
        <source>Duplicate of row {row}.</source>
        <translation>مكرر للصف {row}.</translation>
    </message>
    <message>
        <source>There is no phone number in this row.</source>
        <translation>لا يوجد رقم هاتف في هذا الصف.</translation>
    </message>
    <message>
        <source>This cell holds TRUE or FALSE, not a phone number.</source>
        <translation>هذه الخانة تحتوي TRUE أو FALSE لا رقم هاتف.</translation>
    </message>
    <message>
        <source>This cell holds a date, not a phone number. Format the column as Text in Excel, type the number again and re-import.</source>
        <translation>هذه الخانة تحتوي تاريخًا لا رقم هاتف. اجعل تنسيق العمود «نص» في Excel، واكتب الرقم من جديد، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>This cell holds a time, not a phone number. Format the column as Text in Excel, type the number again and re-import.</source>
        <translation>هذه الخانة تحتوي وقتًا لا رقم هاتف. اجعل تنسيق العمود «نص» في Excel، واكتب الرقم من جديد، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>This is not a phone number: no digits found.</source>
        <translation>هذا ليس رقم هاتف: لا توجد فيه أرقام.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>هذا ليس رقم هاتف صالحًا.</translation>
    </message>
    <message>
        <source>This is not a {country} mobile number, and it starts with 0 like a number dialled inside another country: write it with its country code, for example {example}.</source>
        <translation>هذا ليس رقم جوال من {country}، ويبدأ بـ 0 كرقم يُطلب من داخل دولة أخرى: اكتبه مع رمز دولته، مثل {example}.</translation>
    </message>
    <message numerus="yes">
        <source>This number has %n digit(s), and {country} mobile numbers have {lengths}: check for an extra digit. For another country, write its country code first, with + or 00.</source>
        <translation>
            <numerusform>في هذا الرقم %n خانة، وأرقام الجوال في {country} فيها {lengths}: تحقّق من خانة زائدة. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>في هذا الرقم خانة واحدة، وأرقام الجوال في {country} فيها {lengths}: تحقّق من خانة زائدة. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>في هذا الرقم خانتان، وأرقام الجوال في {country} فيها {lengths}: تحقّق من خانة زائدة. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>في هذا الرقم %n خانات، وأرقام الجوال في {country} فيها {lengths}: تحقّق من خانة زائدة. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>في هذا الرقم %n خانة، وأرقام الجوال في {country} فيها {lengths}: تحقّق من خانة زائدة. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>في هذا الرقم %n خانة، وأرقام الجوال في {country} فيها {lengths}: تحقّق من خانة زائدة. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number is too long: it has %n digit(s), the maximum is {maximum}. Is it two numbers in one cell?</source>
        <translation>
            <numerusform>هذا الرقم طويل: فيه %n خانة، والحد الأقصى {maximum}. هل في الخانة رقمان؟</numerusform>
            <numerusform>هذا الرقم طويل: فيه خانة واحدة، والحد الأقصى {maximum}. هل في الخانة رقمان؟</numerusform>
            <numerusform>هذا الرقم طويل: فيه خانتان، والحد الأقصى {maximum}. هل في الخانة رقمان؟</numerusform>
            <numerusform>هذا الرقم طويل: فيه %n خانات، والحد الأقصى {maximum}. هل في الخانة رقمان؟</numerusform>
            <numerusform>هذا الرقم طويل: فيه %n خانة، والحد الأقصى {maximum}. هل في الخانة رقمان؟</numerusform>
            <numerusform>هذا الرقم طويل: فيه %n خانة، والحد الأقصى {maximum}. هل في الخانة رقمان؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number is too short: it has %n digit(s), and {country} mobile numbers have {lengths}. For another country, write its country code first, with + or 00.</source>
        <translation>
            <numerusform>هذا الرقم قصير: فيه %n خانة، وأرقام الجوال في {country} فيها {lengths}. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>هذا الرقم قصير: فيه خانة واحدة، وأرقام الجوال في {country} فيها {lengths}. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>هذا الرقم قصير: فيه خانتان، وأرقام الجوال في {country} فيها {lengths}. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>هذا الرقم قصير: فيه %n خانات، وأرقام الجوال في {country} فيها {lengths}. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>هذا الرقم قصير: فيه %n خانة، وأرقام الجوال في {country} فيها {lengths}. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
            <numerusform>هذا الرقم قصير: فيه %n خانة، وأرقام الجوال في {country} فيها {lengths}. لرقم من دولة أخرى، اكتب رمز الدولة أولًا مع + أو 00.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number is too short: it has %n digit(s), the minimum is {minimum} with the country code.</source>
        <translation>
            <numerusform>هذا الرقم قصير: فيه %n خانة، والحد الأدنى {minimum} مع رمز الدولة.</numerusform>
            <numerusform>هذا الرقم قصير: فيه خانة واحدة، والحد الأدنى {minimum} مع رمز الدولة.</numerusform>
            <numerusform>هذا الرقم قصير: فيه خانتان، والحد الأدنى {minimum} مع رمز الدولة.</numerusform>
            <numerusform>هذا الرقم قصير: فيه %n خانات، والحد الأدنى {minimum} مع رمز الدولة.</numerusform>
            <numerusform>هذا الرقم قصير: فيه %n خانة، والحد الأدنى {minimum} مع رمز الدولة.</numerusform>
            <numerusform>هذا الرقم قصير: فيه %n خانة، والحد الأدنى {minimum} مع رمز الدولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This number was written in scientific notation (like {example}): the last digits were lost, type the number again. In the spreadsheet, format the column as Text before typing numbers.</source>
        <translation>كُتب هذا الرقم بالصيغة العلمية (مثل {example}) فضاعت آخر خاناته: اكتب الرقم من جديد. في جدول البيانات، اجعل تنسيق العمود «نص» قبل كتابة الأرقام.</translation>
    </message>
    <message numerus="yes">
        <source>{country} mobile numbers have {lengths} digits after the country code {code}; this one has %n. Check for a missing or extra digit.</source>
        <translation>
            <numerusform>أرقام الجوال في {country} تتكون من {lengths} خانات بعد رمز الدولة {code}، وهذا الرقم فيه %n خانة. تحقّق من خانة ناقصة أو زائدة.</numerusform>
            <numerusform>أرقام الجوال في {country} تتكون من {lengths} خانات بعد رمز الدولة {code}، وهذا الرقم فيه خانة واحدة. تحقّق من خانة ناقصة أو زائدة.</numerusform>
            <numerusform>أرقام الجوال في {country} تتكون من {lengths} خانات بعد رمز الدولة {code}، وهذا الرقم فيه خانتان. تحقّق من خانة ناقصة أو زائدة.</numerusform>
            <numerusform>أرقام الجوال في {country} تتكون من {lengths} خانات بعد رمز الدولة {code}، وهذا الرقم فيه %n خانات. تحقّق من خانة ناقصة أو زائدة.</numerusform>
            <numerusform>أرقام الجوال في {country} تتكون من {lengths} خانات بعد رمز الدولة {code}، وهذا الرقم فيه %n خانة. تحقّق من خانة ناقصة أو زائدة.</numerusform>
            <numerusform>أرقام الجوال في {country} تتكون من {lengths} خانات بعد رمز الدولة {code}، وهذا الرقم فيه %n خانة. تحقّق من خانة ناقصة أو زائدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{country} mobile numbers start with {starts} after the country code {code}; this one starts with {first}.</source>
        <translation>أرقام الجوال في {country} تبدأ بـ {starts} بعد رمز الدولة {code}، وهذا الرقم يبدأ بـ {first}.</translation>
    </message>
    <message>
        <source>{country} mobile numbers start with {starts}; this one starts with {first}.</source>
        <translation>أرقام الجوال في {country} تبدأ بـ {starts}، وهذا الرقم يبدأ بـ {first}.</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <comment>a list of choices</comment>
        <translation>{items} أو {last}</translation>
    </message>
    <message>
        <source>“{address}” is an email address, not a phone number.</source>
        <translation>«{address}» عنوان بريد إلكتروني وليس رقم هاتف.</translation>
    </message>
</context>
<context>
    <name>RecipientsLayout</name>
    <message>
        <source>Add the members of address-book groups</source>
        <translation>إضافة أعضاء مجموعات دفتر العناوين</translation>
    </message>
    <message>
        <source>Add the numbers copied to the clipboard (Ctrl+Shift+V)</source>
        <translation>أضف الأرقام المنسوخة إلى الحافظة (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>إفراغ القائمة</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>المكررة</translation>
    </message>
    <message>
        <source>Export rows to fix…</source>
        <translation>تصدير الصفوف لتصحيحها…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>مجموعات…</translation>
    </message>
    <message>
        <source>Import recipients from Excel, OpenDocument, CSV, text or vCard</source>
        <translation>استورد المستلمين من ملف Excel أو OpenDocument أو CSV أو نص أو vCard</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>No coverage</source>
        <translation>خارج التغطية</translation>
    </message>
    <message>
        <source>Not sent to</source>
        <translation>لن يُرسل إليها</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف المحدد</translation>
    </message>
    <message>
        <source>Save the rows that will not be sent, with the reason, to fix them in Excel</source>
        <translation>احفظ الصفوف التي لن يُرسل إليها مع السبب، لتصحيحها في Excel</translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation>ابحث برقم أو اسم</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>محظور الإرسال</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message numerus="yes">
        <source>Added {valid} recipient(s) from {source}: {counts}.</source>
        <translation>
            <numerusform>أُضيف {valid} مستلم من {source}: {counts}.</numerusform>
            <numerusform>أُضيف مستلم واحد من {source}: {counts}.</numerusform>
            <numerusform>أُضيف مستلمان من {source}: {counts}.</numerusform>
            <numerusform>أُضيف {valid} مستلمين من {source}: {counts}.</numerusform>
            <numerusform>أُضيف {valid} مستلمًا من {source}: {counts}.</numerusform>
            <numerusform>أُضيف {valid} مستلم من {source}: {counts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another import is still running. Wait for it to finish, or cancel it, then try again.</source>
        <translation>ما زال استيراد آخر قيد التنفيذ. انتظر حتى ينتهي أو ألغِه، ثم حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back the list you were working on: {count} row(s).</source>
        <translation>
            <numerusform>أُعيدت القائمة التي كنت تعمل عليها: {count} صف.</numerusform>
            <numerusform>أُعيدت القائمة التي كنت تعمل عليها: صف واحد.</numerusform>
            <numerusform>أُعيدت القائمة التي كنت تعمل عليها: صفان.</numerusform>
            <numerusform>أُعيدت القائمة التي كنت تعمل عليها: {count} صفوف.</numerusform>
            <numerusform>أُعيدت القائمة التي كنت تعمل عليها: {count} صفًا.</numerusform>
            <numerusform>أُعيدت القائمة التي كنت تعمل عليها: {count} صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The list was not changed.</source>
        <translation>أُلغي الاستيراد. لم تتغير القائمة.</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>استيراد المستلمين</translation>
    </message>
    <message>
        <source>No rows with data were found in {source}.</source>
        <translation>لم يُعثر على صفوف فيها بيانات في {source}.</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>جارٍ قراءة {source}…</translation>
    </message>
    <message numerus="yes">
        <source>Removed {count} row(s).</source>
        <translation>
            <numerusform>أُزيل {count} صف.</numerusform>
            <numerusform>أُزيل صف واحد.</numerusform>
            <numerusform>أُزيل صفان.</numerusform>
            <numerusform>أُزيل {count} صفوف.</numerusform>
            <numerusform>أُزيل {count} صفًا.</numerusform>
            <numerusform>أُزيل {count} صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {count} row(s).</source>
        <translation>
            <numerusform>أُعيد {count} صف.</numerusform>
            <numerusform>أُعيد صف واحد.</numerusform>
            <numerusform>أُعيد صفان.</numerusform>
            <numerusform>أُعيد {count} صفوف.</numerusform>
            <numerusform>أُعيد {count} صفًا.</numerusform>
            <numerusform>أُعيد {count} صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has no text. Copy the numbers first, then paste.</source>
        <translation>الحافظة لا تحتوي على نص. انسخ الأرقام أولًا ثم الصقها.</translation>
    </message>
    <message>
        <source>The list was cleared. Undo brings it back.</source>
        <translation>أُفرغت القائمة. زر التراجع يعيدها.</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>تراجع عن الإفراغ</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>تراجع عن الاستيراد</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>تراجع عن الحذف</translation>
    </message>
    <message>
        <source>Which column holds the phone numbers in {source}? Choose it in the import window.</source>
        <translation>أي عمود يحتوي أرقام الهواتف في {source}؟ اختره في نافذة الاستيراد.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>النص الملصق</translation>
    </message>
</context>
<context>
    <name>RecipientsState</name>
    <message>
        <source>(showing {shown} of {total})</source>
        <translation>(يظهر {shown} من {total})</translation>
    </message>
    <message>
        <source>Every row is valid: there is nothing to export.</source>
        <translation>كل الصفوف صالحة: لا يوجد ما يُصدَّر.</translation>
    </message>
    <message>
        <source>Export rows to fix</source>
        <translation>تصدير الصفوف لتصحيحها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>لا يوجد مستلمون بعد.</translation>
    </message>
    <message>
        <source>Number as written</source>
        <translation>الرقم كما كُتب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>صفوف للتصحيح</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} row(s) to {file}.</source>
        <translation>
            <numerusform>حُفظ {count} صف في {file}.</numerusform>
            <numerusform>حُفظ صف واحد في {file}.</numerusform>
            <numerusform>حُفظ صفان في {file}.</numerusform>
            <numerusform>حُفظ {count} صفوف في {file}.</numerusform>
            <numerusform>حُفظ {count} صفًا في {file}.</numerusform>
            <numerusform>حُفظ {count} صف في {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {count} row(s)…</source>
        <translation>
            <numerusform>جارٍ حفظ {count} صف…</numerusform>
            <numerusform>جارٍ حفظ صف واحد…</numerusform>
            <numerusform>جارٍ حفظ صفين…</numerusform>
            <numerusform>جارٍ حفظ {count} صفوف…</numerusform>
            <numerusform>جارٍ حفظ {count} صفًا…</numerusform>
            <numerusform>جارٍ حفظ {count} صف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsBox</name>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقائق</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>A broadcast whose time passed while the app or the computer was off is still sent when it is late by at most this much; later than that, you choose: send now, a new time, or cancel.</source>
        <translation>الحملة التي فات موعدها والبرنامج أو الحاسوب مغلق تُرسل إذا لم يتجاوز تأخرها هذه المدة؛ وإن تجاوزها تختار أنت: أرسل الآن، أو وقتًا جديدًا، أو ألغها.</translation>
    </message>
    <message>
        <source>Kuwait time</source>
        <translation>بتوقيت الكويت</translation>
    </message>
    <message>
        <source>Quiet hours: send nothing between</source>
        <translation>ساعات الهدوء: لا تُرسل شيئًا بين</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>إرسال لاحقًا</translation>
    </message>
    <message>
        <source>Send when late by at most</source>
        <translation>أرسل إذا لم يتجاوز التأخير</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message numerus="yes">
        <source>%n request(s) of at most 200 numbers</source>
        <translation>
            <numerusform>%n طلب، في كل منها 200 رقم على الأكثر</numerusform>
            <numerusform>طلب واحد فيه 200 رقم على الأكثر</numerusform>
            <numerusform>طلبان، في كل منهما 200 رقم على الأكثر</numerusform>
            <numerusform>%n طلبات، في كل منها 200 رقم على الأكثر</numerusform>
            <numerusform>%n طلبًا، في كل منها 200 رقم على الأكثر</numerusform>
            <numerusform>%n طلب، في كل منها 200 رقم على الأكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send to real phones</source>
        <translation>أرسل إلى هواتف حقيقية</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>After this broadcast the balance will be {after}, below your warning level of {level}.</source>
        <translation>بعد هذا الإرسال سيصبح الرصيد {after}، أقل من حد التنبيه {level}.</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>الرصيد بعد الإرسال</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Every number got this message recently.</source>
        <translation>وصلت هذه الرسالة إلى كل الأرقام مؤخراً.</translation>
    </message>
    <message>
        <source>LIVE: real messages to real phones. This cannot be undone.</source>
        <translation>إرسال فعلي: رسائل حقيقية إلى هواتف حقيقية. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Leave those {count} number(s) out</source>
        <translation>
            <numerusform>استبعد هذه الأرقام ({count} رقم)</numerusform>
            <numerusform>استبعد هذه الأرقام (رقم واحد)</numerusform>
            <numerusform>استبعد هذه الأرقام (رقمان)</numerusform>
            <numerusform>استبعد هذه الأرقام ({count} أرقام)</numerusform>
            <numerusform>استبعد هذه الأرقام ({count} رقمًا)</numerusform>
            <numerusform>استبعد هذه الأرقام ({count} رقم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Not sent to</source>
        <translation>لن تُرسل إلى</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Send a test to my phone first</source>
        <translation>أرسل تجربة إلى هاتفي أولًا</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>إرسال تجريبي</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>إرسال هذه الرسالة؟</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>Sends this message, as the first recipient gets it, live to {number} only.</source>
        <translation>يرسل هذه الرسالة، كما يستلمها أول مستلم، فعليًا إلى {number} فقط.</translation>
    </message>
    <message>
        <source>Set your own phone number in Settings first.</source>
        <translation>أدخل رقم هاتفك في الإعدادات أولًا.</translation>
    </message>
    <message>
        <source>TEST: queued at kwtsms.com, not delivered to phones; the credits stay held until you delete the messages from the queue on kwtsms.com.</source>
        <translation>اختبار: توضع في طابور kwtsms.com ولا تصل إلى الهواتف، وتبقى النقاط محجوزة حتى تحذف الرسائل من الطابور في kwtsms.com.</translation>
    </message>
    <message>
        <source>The first recipient's message (each gets their own; Preview shows them all):</source>
        <translation>رسالة المستلم الأول (لكل مستلم رسالته، وتعرضها كلها المعاينة):</translation>
    </message>
    <message>
        <source>The message as it will be sent:</source>
        <translation>الرسالة كما ستُرسل:</translation>
    </message>
    <message numerus="yes">
        <source>This same message was sent to {count} of these numbers {when}.</source>
        <translation>
            <numerusform>أُرسلت هذه الرسالة نفسها إلى {count} من هذه الأرقام {when}.</numerusform>
            <numerusform>أُرسلت هذه الرسالة نفسها إلى {count} من هذه الأرقام {when}.</numerusform>
            <numerusform>أُرسلت هذه الرسالة نفسها إلى {count} من هذه الأرقام {when}.</numerusform>
            <numerusform>أُرسلت هذه الرسالة نفسها إلى {count} من هذه الأرقام {when}.</numerusform>
            <numerusform>أُرسلت هذه الرسالة نفسها إلى {count} من هذه الأرقام {when}.</numerusform>
            <numerusform>أُرسلت هذه الرسالة نفسها إلى {count} من هذه الأرقام {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>unknown (the balance could not be read)</source>
        <translation>غير معروف (تعذرت قراءة الرصيد)</translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} مكرر</numerusform>
            <numerusform>مكرر واحد</numerusform>
            <numerusform>مكرران</numerusform>
            <numerusform>{count} مكررة</numerusform>
            <numerusform>{count} مكررًا</numerusform>
            <numerusform>{count} مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} in countries not activated on the account</source>
        <translation>
            <numerusform>{count} رقم دولها غير مفعّلة</numerusform>
            <numerusform>رقم واحد دولته غير مفعّلة</numerusform>
            <numerusform>رقمان دولتهما غير مفعّلة</numerusform>
            <numerusform>{count} أرقام دولها غير مفعّلة</numerusform>
            <numerusform>{count} رقمًا دولها غير مفعّلة</numerusform>
            <numerusform>{count} رقم دولها غير مفعّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} invalid</source>
        <translation>
            <numerusform>{count} رقم غير صالح</numerusform>
            <numerusform>رقم واحد غير صالح</numerusform>
            <numerusform>رقمان غير صالحين</numerusform>
            <numerusform>{count} أرقام غير صالحة</numerusform>
            <numerusform>{count} رقمًا غير صالح</numerusform>
            <numerusform>{count} رقم غير صالح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s)</source>
        <translation>
            <numerusform>{count} رقم</numerusform>
            <numerusform>رقم واحد</numerusform>
            <numerusform>رقمان</numerusform>
            <numerusform>{count} أرقام</numerusform>
            <numerusform>{count} رقمًا</numerusform>
            <numerusform>{count} رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s) ({left} left out: they got it recently)</source>
        <translation>
            <numerusform>{count} رقم (استُبعد {left}: وصلتها الرسالة مؤخرًا)</numerusform>
            <numerusform>رقم واحد (استُبعد {left}: وصلتها الرسالة مؤخرًا)</numerusform>
            <numerusform>رقمان (استُبعد {left}: وصلتها الرسالة مؤخرًا)</numerusform>
            <numerusform>{count} أرقام (استُبعد {left}: وصلتها الرسالة مؤخرًا)</numerusform>
            <numerusform>{count} رقمًا (استُبعد {left}: وصلتها الرسالة مؤخرًا)</numerusform>
            <numerusform>{count} رقم (استُبعد {left}: وصلتها الرسالة مؤخرًا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} on the do-not-send list</source>
        <translation>
            <numerusform>{count} رقم في قائمة عدم الإرسال</numerusform>
            <numerusform>رقم واحد في قائمة عدم الإرسال</numerusform>
            <numerusform>رقمان في قائمة عدم الإرسال</numerusform>
            <numerusform>{count} أرقام في قائمة عدم الإرسال</numerusform>
            <numerusform>{count} رقمًا في قائمة عدم الإرسال</numerusform>
            <numerusform>{count} رقم في قائمة عدم الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>{count} نقاط</numerusform>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>{count} نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} whose message would be over 7 pages</source>
        <translation>
            <numerusform>{count} رقم تتجاوز رسالتهم 7 صفحات</numerusform>
            <numerusform>رقم واحد تتجاوز رسالته 7 صفحات</numerusform>
            <numerusform>رقمان تتجاوز رسالتهما 7 صفحات</numerusform>
            <numerusform>{count} أرقام تتجاوز رسالتهم 7 صفحات</numerusform>
            <numerusform>{count} رقمًا تتجاوز رسالتهم 7 صفحات</numerusform>
            <numerusform>{count} رقم تتجاوز رسالتهم 7 صفحات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} without a value for a field of the message</source>
        <translation>
            <numerusform>{count} رقم بلا قيمة لحقل</numerusform>
            <numerusform>رقم واحد بلا قيمة لحقل</numerusform>
            <numerusform>رقمان بلا قيمة لحقل</numerusform>
            <numerusform>{count} أرقام بلا قيمة لحقل</numerusform>
            <numerusform>{count} رقمًا بلا قيمة لحقل</numerusform>
            <numerusform>{count} رقم بلا قيمة لحقل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Add recipients first: import a file (Ctrl+O) or paste numbers (Ctrl+Shift+V).</source>
        <translation>أضف المستلمين أولاً: استورد ملفاً (Ctrl+O) أو الصق الأرقام (Ctrl+Shift+V).</translation>
    </message>
    <message numerus="yes">
        <source>Broadcast {id} scheduled for {time}: {count} number(s). Nothing was sent yet.</source>
        <translation>
            <numerusform>جُدولت الحملة {id} في {time}: {count} رقم. لم يُرسل شيء بعد.</numerusform>
            <numerusform>جُدولت الحملة {id} في {time}: رقم واحد. لم يُرسل شيء بعد.</numerusform>
            <numerusform>جُدولت الحملة {id} في {time}: رقمان. لم يُرسل شيء بعد.</numerusform>
            <numerusform>جُدولت الحملة {id} في {time}: {count} أرقام. لم يُرسل شيء بعد.</numerusform>
            <numerusform>جُدولت الحملة {id} في {time}: {count} رقمًا. لم يُرسل شيء بعد.</numerusform>
            <numerusform>جُدولت الحملة {id} في {time}: {count} رقم. لم يُرسل شيء بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Broadcast {id} started: {count} number(s).</source>
        <translation>
            <numerusform>بدأت الحملة {id}: {count} رقم.</numerusform>
            <numerusform>بدأت الحملة {id}: رقم واحد.</numerusform>
            <numerusform>بدأت الحملة {id}: رقمان.</numerusform>
            <numerusform>بدأت الحملة {id}: {count} أرقام.</numerusform>
            <numerusform>بدأت الحملة {id}: {count} رقمًا.</numerusform>
            <numerusform>بدأت الحملة {id}: {count} رقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a sender ID.</source>
        <translation>اختر اسم المرسل.</translation>
    </message>
    <message>
        <source>Choose a sender ID. If the list is empty, check the connection in Settings.</source>
        <translation>اختر اسم المرسل. إن كانت القائمة فارغة فتحقق من الاتصال في الإعدادات.</translation>
    </message>
    <message>
        <source>No valid recipient is left to send to: check the phone column and the numbers set aside.</source>
        <translation>لم يبقَ مستلم صالح للإرسال إليه: تحقّق من عمود الهاتف ومن الأرقام المستبعدة.</translation>
    </message>
    <message>
        <source>Preparing the broadcast…</source>
        <translation>جارٍ تحضير الحملة…</translation>
    </message>
    <message>
        <source>Send a test to your phone?</source>
        <translation>إرسال تجربة إلى هاتفك؟</translation>
    </message>
    <message>
        <source>Set your own phone number in Settings first (Ctrl+,).</source>
        <translation>أدخل رقم هاتفك في الإعدادات أولًا (Ctrl+,).</translation>
    </message>
    <message>
        <source>Test to your phone {number} sent as broadcast {id}.</source>
        <translation>أُرسلت التجربة إلى هاتفك {number} كإرسالية رقم {id}.</translation>
    </message>
    <message>
        <source>The balance does not cover this broadcast: recharge at kwtsms.com or send to fewer numbers.</source>
        <translation>الرصيد لا يغطي هذه الحملة: اشحن رصيدك في kwtsms.com أو أرسل إلى أرقام أقل.</translation>
    </message>
    <message>
        <source>The broadcast could not be prepared: {error}</source>
        <translation>تعذر تحضير الحملة: {error}</translation>
    </message>
    <message>
        <source>The broadcast could not be saved before sending, so nothing was sent: {error}</source>
        <translation>تعذر حفظ الحملة قبل الإرسال، لذلك لم يُرسل شيء: {error}</translation>
    </message>
    <message>
        <source>The message is empty once emoji and hidden characters are removed: type the text to send.</source>
        <translation>الرسالة فارغة بعد إزالة الرموز التعبيرية والأحرف المخفية: اكتب النص المراد إرساله.</translation>
    </message>
    <message>
        <source>The message is {pages} pages long; at most {max} pages can be sent. Shorten it.</source>
        <translation>طول الرسالة {pages} صفحات، والحد الأقصى {max} صفحات. اختصرها.</translation>
    </message>
    <message>
        <source>The previous send is still being prepared.</source>
        <translation>ما زال الإرسال السابق قيد التحضير.</translation>
    </message>
    <message>
        <source>The send engine is not available in this build.</source>
        <translation>محرك الإرسال غير متوفر في هذه النسخة.</translation>
    </message>
    <message>
        <source>This message goes LIVE to your own number {number} only, as the first recipient would get it: {points}.</source>
        <translation>ستُرسل هذه الرسالة فعليًا إلى رقمك {number} فقط، كما سيستلمها أول مستلم: {points}.</translation>
    </message>
    <message>
        <source>Type the message first: it is empty (emoji and hidden characters are removed before sending).</source>
        <translation>اكتب الرسالة أولاً: إنها فارغة (تُحذف الرموز التعبيرية والأحرف المخفية قبل الإرسال).</translation>
    </message>
    <message>
        <source>Wait for the import to finish before sending.</source>
        <translation>انتظر انتهاء الاستيراد قبل الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>{count} نقاط</numerusform>
            <numerusform>{count} نقطة</numerusform>
            <numerusform>{count} نقطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Date and time, Kuwait time</source>
        <translation>التاريخ والوقت بتوقيت الكويت</translation>
    </message>
    <message>
        <source>On this computer's clock: {time} ({offset})</source>
        <translation>بتوقيت هذا الحاسوب: {time} ({offset})</translation>
    </message>
    <message>
        <source>Quiet hours: {span} Kuwait time; nothing is sent then.</source>
        <translation>ساعات الهدوء: {span} بتوقيت الكويت؛ لا يُرسل شيء خلالها.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Send at (Kuwait time)</source>
        <translation>وقت الإرسال (بتوقيت الكويت)</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>إرسال لاحقًا</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> points</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source> requests per second</source>
        <translation> طلبات في الثانية</translation>
    </message>
    <message>
        <source>API log</source>
        <translation>سجل API</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>كلمة مرور API</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>اسم مستخدم API</translation>
    </message>
    <message>
        <source>Below this balance the header turns amber, and Send warns when a broadcast would go below it.</source>
        <translation>تحت هذا الرصيد يصبح الرصيد في الشريط العلوي كهرمانيًا، وينبّه الإرسال إذا كان سينزل الرصيد تحته.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>حزمة شهادات CA</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>ملف جهة إصدار الشهادات</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>الدولة الافتراضية</translation>
    </message>
    <message>
        <source>Default sender ID</source>
        <translation>اسم المرسل الافتراضي</translation>
    </message>
    <message>
        <source>From the API page of your kwtsms.com account</source>
        <translation>من صفحة API في حسابك على kwtsms.com</translation>
    </message>
    <message>
        <source>Keep a log of gateway calls</source>
        <translation>الاحتفاظ بسجل لطلبات البوابة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Low balance warning</source>
        <translation>تنبيه انخفاض الرصيد</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>هاتفي</translation>
    </message>
    <message>
        <source>My phone: this is not a mobile number that can be sent to.</source>
        <translation>هاتفي: هذا ليس رقم هاتف محمول يمكن الإرسال إليه.</translation>
    </message>
    <message>
        <source>Never warn</source>
        <translation>بدون تنبيه</translation>
    </message>
    <message>
        <source>None: the system's certificates are enough</source>
        <translation>لا شيء: شهادات النظام تكفي</translation>
    </message>
    <message>
        <source>Only if your office network inspects secure connections: your company's certificate authority file (PEM), trusted in addition to the system's.</source>
        <translation>فقط إن كانت شبكة مكتبك تفحص الاتصالات الآمنة: ملف جهة إصدار الشهادات لشركتك (PEM)، ويُوثق به إضافةً إلى شهادات النظام.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Saved in the system keyring (type to change)</source>
        <translation>محفوظة في سلسلة مفاتيح النظام (اكتب لتغييرها)</translation>
    </message>
    <message>
        <source>Send a test to my phone sends the message live to this number alone.</source>
        <translation>«أرسل تجربة إلى هاتفي» يرسل الرسالة فعليًا إلى هذا الرقم وحده.</translation>
    </message>
    <message>
        <source>Send rate</source>
        <translation>سرعة الإرسال</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Start in test mode</source>
        <translation>البدء في وضع الاختبار</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Test messages are queued at kwtsms.com, not delivered.</source>
        <translation>توضع رسائل الاختبار في طابور kwtsms.com ولا تُسلَّم.</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>وضع الاختبار</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>فشل الاتصال.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>تُحفظ كلمة المرور في سلسلة مفاتيح النظام، وليس في ملف أبداً.</translation>
    </message>
    <message>
        <source>Type the API password first.</source>
        <translation>اكتب كلمة مرور API أولاً.</translation>
    </message>
    <message>
        <source>Type the API username first.</source>
        <translation>اكتب اسم مستخدم API أولاً.</translation>
    </message>
    <message>
        <source>Written to the data folder; the password is never written to it.</source>
        <translation>يُكتب في مجلد البيانات، ولا تُكتب فيه كلمة المرور أبداً.</translation>
    </message>
    <message>
        <source>Your own mobile number, for a test before a broadcast</source>
        <translation>رقم هاتفك المحمول، لتجربة قبل الإرسال</translation>
    </message>
    <message>
        <source>kwtSMS account (API)</source>
        <translation>حساب kwtSMS (API)</translation>
    </message>
    <message>
        <source>kwtSMS blocks an address that sends more than 5 requests per second.</source>
        <translation>يحظر kwtSMS العنوان الذي يرسل أكثر من 5 طلبات في الثانية.</translation>
    </message>
</context>
<context>
    <name>SuppressionsModel</name>
    <message>
        <source>Added (UTC)</source>
        <translation>أُضيف في (UTC)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>TemplatesBar</name>
    <message>
        <source>Manage templates</source>
        <translation>إدارة القوالب</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>إدارة…</translation>
    </message>
    <message>
        <source>Replace the text of the template “{name}”?</source>
        <translation>هل تريد استبدال نص القالب «{name}»؟</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>الحفظ كقالب</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>احفظ كقالب…</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Type the message first: an empty template cannot be saved.</source>
        <translation>اكتب الرسالة أولاً: لا يمكن حفظ قالب فارغ.</translation>
    </message>
    <message>
        <source>Use a template…</source>
        <translation>استخدم قالباً…</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the template “{name}”?</source>
        <translation>هل تريد حذف القالب «{name}»؟</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>إعادة تسمية القالب</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>نص القالب</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استخدم</translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <source>Broadcast {id} paused: {reason}</source>
        <translation>توقفت الحملة {id} مؤقتًا: {reason}</translation>
    </message>
    <message>
        <source>Broadcast {id} started sending.</source>
        <translation>بدأ إرسال الحملة {id}.</translation>
    </message>
    <message>
        <source>Broadcast {id}: {reason}</source>
        <translation>الحملة {id}: {reason}</translation>
    </message>
    <message>
        <source>Close kwtSMS Desktop?</source>
        <translation>إغلاق kwtSMS Desktop؟</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Quit kwtSMS Desktop?</source>
        <translation>الخروج من kwtSMS Desktop؟</translation>
    </message>
    <message>
        <source>Show kwtSMS Desktop</source>
        <translation>أظهر kwtSMS Desktop</translation>
    </message>
    <message>
        <source>kwtSMS Desktop</source>
        <translation>kwtSMS Desktop</translation>
    </message>
    <message numerus="yes">
        <source>kwtSMS Desktop keeps working in the tray: {count} broadcast(s) sending or scheduled. Quit from the tray icon's menu.</source>
        <translation>
            <numerusform>يواصل kwtSMS Desktop العمل في منطقة الإشعارات: {count} حملة قيد الإرسال أو مجدولة. للخروج استخدم قائمة الأيقونة.</numerusform>
            <numerusform>يواصل kwtSMS Desktop العمل في منطقة الإشعارات: حملة واحدة قيد الإرسال أو مجدولة. للخروج استخدم قائمة الأيقونة.</numerusform>
            <numerusform>يواصل kwtSMS Desktop العمل في منطقة الإشعارات: حملتان قيد الإرسال أو مجدولتان. للخروج استخدم قائمة الأيقونة.</numerusform>
            <numerusform>يواصل kwtSMS Desktop العمل في منطقة الإشعارات: {count} حملات قيد الإرسال أو مجدولة. للخروج استخدم قائمة الأيقونة.</numerusform>
            <numerusform>يواصل kwtSMS Desktop العمل في منطقة الإشعارات: {count} حملة قيد الإرسال أو مجدولة. للخروج استخدم قائمة الأيقونة.</numerusform>
            <numerusform>يواصل kwtSMS Desktop العمل في منطقة الإشعارات: {count} حملة قيد الإرسال أو مجدولة. للخروج استخدم قائمة الأيقونة.</numerusform>
        </translation>
    </message>
    <message>
        <source>kwtSMS Desktop: needs attention</source>
        <translation>kwtSMS Desktop: يحتاج إلى انتباهك</translation>
    </message>
    <message numerus="yes">
        <source>{count} broadcast(s) sending or scheduled. If the app stops, nothing more is sent until it is opened again (or `kwtsms-desktop run-due` runs); a time that passes meanwhile is not sent late on its own. Stop anyway?</source>
        <translation>
            <numerusform>{count} حملة قيد الإرسال أو مجدولة. إذا توقف البرنامج فلن يُرسل شيء حتى يُفتح من جديد (أو يعمل `kwtsms-desktop run-due`)؛ والموعد الذي يفوت في أثناء ذلك لا يُرسل متأخرًا من تلقاء نفسه. هل تريد الإيقاف رغم ذلك؟</numerusform>
            <numerusform>حملة واحدة قيد الإرسال أو مجدولة. إذا توقف البرنامج فلن يُرسل شيء حتى يُفتح من جديد (أو يعمل `kwtsms-desktop run-due`)؛ والموعد الذي يفوت في أثناء ذلك لا يُرسل متأخرًا من تلقاء نفسه. هل تريد الإيقاف رغم ذلك؟</numerusform>
            <numerusform>حملتان قيد الإرسال أو مجدولتان. إذا توقف البرنامج فلن يُرسل شيء حتى يُفتح من جديد (أو يعمل `kwtsms-desktop run-due`)؛ والموعد الذي يفوت في أثناء ذلك لا يُرسل متأخرًا من تلقاء نفسه. هل تريد الإيقاف رغم ذلك؟</numerusform>
            <numerusform>{count} حملات قيد الإرسال أو مجدولة. إذا توقف البرنامج فلن يُرسل شيء حتى يُفتح من جديد (أو يعمل `kwtsms-desktop run-due`)؛ والموعد الذي يفوت في أثناء ذلك لا يُرسل متأخرًا من تلقاء نفسه. هل تريد الإيقاف رغم ذلك؟</numerusform>
            <numerusform>{count} حملة قيد الإرسال أو مجدولة. إذا توقف البرنامج فلن يُرسل شيء حتى يُفتح من جديد (أو يعمل `kwtsms-desktop run-due`)؛ والموعد الذي يفوت في أثناء ذلك لا يُرسل متأخرًا من تلقاء نفسه. هل تريد الإيقاف رغم ذلك؟</numerusform>
            <numerusform>{count} حملة قيد الإرسال أو مجدولة. إذا توقف البرنامج فلن يُرسل شيء حتى يُفتح من جديد (أو يعمل `kwtsms-desktop run-due`)؛ والموعد الذي يفوت في أثناء ذلك لا يُرسل متأخرًا من تلقاء نفسه. هل تريد الإيقاف رغم ذلك؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} scheduled broadcast(s) missed their time and wait for your choice.</source>
        <translation>
            <numerusform>{count} حملة مجدولة فات موعدها وتنتظر قرارك.</numerusform>
            <numerusform>حملة مجدولة واحدة فات موعدها وتنتظر قرارك.</numerusform>
            <numerusform>حملتان مجدولتان فات موعدهما وتنتظران قرارك.</numerusform>
            <numerusform>{count} حملات مجدولة فات موعدها وتنتظر قرارك.</numerusform>
            <numerusform>{count} حملة مجدولة فات موعدها وتنتظر قرارك.</numerusform>
            <numerusform>{count} حملة مجدولة فات موعدها وتنتظر قرارك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowHeader</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Account: {user}</source>
        <translation>الحساب: {user}</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Balance in points</source>
        <translation>الرصيد بالنقاط</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Demo account ({user})</source>
        <translation>الحساب التجريبي ({user})</translation>
    </message>
    <message>
        <source>No account set up</source>
        <translation>لم يُضبط أي حساب</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Points available. Updated after every send; F5 refreshes it.</source>
        <translation>النقاط المتاحة. يُحدَّث بعد كل إرسال، واضغط F5 لتحديثه.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh the balance</source>
        <translation>تحديث الرصيد</translation>
    </message>
    <message>
        <source>Refresh the balance (F5)</source>
        <translation>تحديث الرصيد (F5)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>الإعدادات (Ctrl+,)</translation>
    </message>
    <message>
        <source>The balance is below your warning level of {points} points. Recharge at kwtsms.com.</source>
        <translation>الرصيد أقل من حد التنبيه الذي اخترته ({points} نقطة). اشحن الرصيد من kwtsms.com.</translation>
    </message>
    <message>
        <source>kwtSMS Desktop</source>
        <translation>kwtSMS Desktop</translation>
    </message>
    <message numerus="yes">
        <source>{points} point(s)</source>
        <translation>
            <numerusform>{points} نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>{points} نقاط</numerusform>
            <numerusform>{points} نقطة</numerusform>
            <numerusform>{points} نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● متصل</translation>
    </message>
    <message>
        <source>● Keyring locked</source>
        <translation>● سلسلة المفاتيح مقفلة</translation>
    </message>
    <message>
        <source>● No keyring</source>
        <translation>● لا توجد سلسلة مفاتيح</translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation>● غير متصل</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● لا يوجد اتصال</translation>
    </message>
</context>
<context>
    <name>WindowPages</name>
    <message>
        <source>Broadcasts</source>
        <translation>الرسائل الجماعية</translation>
    </message>
    <message>
        <source>Demo mode: nothing is really sent. The gateway is a simulator on this computer.</source>
        <translation>الوضع التجريبي: لا يُرسل شيء فعلاً. البوابة محاكاة تعمل على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>الإرسال</translation>
    </message>
</context>
<context>
    <name>WindowSchedule</name>
    <message>
        <source>A new time for broadcast {id}</source>
        <translation>وقت جديد للحملة {id}</translation>
    </message>
</context>
<context>
    <name>_TextWindow</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>kwtSMS Desktop backup (*.sqlite3 *.db *.backup);;All files (*)</source>
        <translation>نسخة احتياطية من kwtSMS Desktop ‏(*.sqlite3 *.db *.backup);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>compose.message_text</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>1</numerusform>
            <numerusform>2</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <source>{encoding} · 1 page · {left} left</source>
        <translation>صفحة واحدة · المتبقي: {left} · {encoding}</translation>
    </message>
    <message>
        <source>{encoding} · {pages} pages · too long (at most {max} pages)</source>
        <translation>الصفحات: {pages} · طويلة جداً (الحد {max} صفحات) · {encoding}</translation>
    </message>
    <message>
        <source>{encoding} · {pages} · {left} left</source>
        <translation>الصفحات: {pages} · المتبقي: {left} · {encoding}</translation>
    </message>
</context>
<context>
    <name>compose.panel</name>
    <message>
        <source>LIVE: messages go to real phones and cost points. Switch Test mode on to try first.</source>
        <translation>حقيقي: الرسائل تصل إلى هواتف حقيقية وتستهلك النقاط. فعّل وضع الاختبار للتجربة أولاً.</translation>
    </message>
    <message>
        <source>TEST MODE: messages are queued, not delivered; credits are held until you delete them from the queue on kwtsms.com</source>
        <translation>وضع الاختبار: تُوضع الرسائل في الطابور ولا تُسلَّم، وتبقى النقاط محجوزة حتى تحذفها من الطابور في kwtsms.com</translation>
    </message>
</context>
<context>
    <name>compose.plan_text</name>
    <message numerus="yes">
        <source>, {count} different text(s)</source>
        <translation>
            <numerusform>، {count} نص مختلف</numerusform>
            <numerusform>، نص واحد</numerusform>
            <numerusform>، نصان مختلفان</numerusform>
            <numerusform>، {count} نصوص مختلفة</numerusform>
            <numerusform>، {count} نصًا مختلفًا</numerusform>
            <numerusform>، {count} نص مختلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} call(s)</source>
        <translation>
            <numerusform>{count} طلب إرسال</numerusform>
            <numerusform>طلب إرسال واحد</numerusform>
            <numerusform>طلبا إرسال</numerusform>
            <numerusform>{count} طلبات إرسال</numerusform>
            <numerusform>{count} طلب إرسال</numerusform>
            <numerusform>{count} طلب إرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} message(s)</source>
        <translation>
            <numerusform>{count} رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>{count} رسائل</numerusform>
            <numerusform>{count} رسالة</numerusform>
            <numerusform>{count} رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>{count} صفحات</numerusform>
            <numerusform>{count} صفحة</numerusform>
            <numerusform>{count} صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} personal message(s)</source>
        <translation>
            <numerusform>{count} رسالة شخصية</numerusform>
            <numerusform>رسالة شخصية واحدة</numerusform>
            <numerusform>رسالتان شخصيتان</numerusform>
            <numerusform>{count} رسائل شخصية</numerusform>
            <numerusform>{count} رسالة شخصية</numerusform>
            <numerusform>{count} رسالة شخصية</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} ث</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} س {m} د</translation>
    </message>
    <message>
        <source>{low}–{high} pages</source>
        <translation>{low}–{high} صفحات</translation>
    </message>
    <message>
        <source>{messages}: {calls}, about {time} at {rate} per second</source>
        <translation>{messages}: {calls}، نحو {time} بمعدل {rate} في الثانية</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} د</translation>
    </message>
    <message>
        <source>{pages} per message ({encoding})</source>
        <translation>{pages} لكل رسالة ({encoding})</translation>
    </message>
</context>
<context>
    <name>compose.send_dialog</name>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>قبل أقل من دقيقة</translation>
    </message>
</context>
<context>
    <name>compose.send_flow</name>
    <message>
        <source>Schedule for {time}</source>
        <translation>جدولة في {time}</translation>
    </message>
    <message>
        <source>Schedule this message?</source>
        <translation>جدولة هذه الرسالة؟</translation>
    </message>
    <message>
        <source>The do-not-send list cannot be read, so nothing was sent: sending now could reach people who asked not to get messages. Restore a backup of the data folder.</source>
        <translation>تعذّرت قراءة قائمة عدم الإرسال، لذا لم يُرسل شيء: الإرسال الآن قد يصل إلى من طلبوا ألا تصلهم الرسائل. استرجع نسخة احتياطية من مجلد البيانات.</translation>
    </message>
</context>
<context>
    <name>contacts.dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Group {group}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected ({joined} joined the group, {duplicates} skipped).</source>
        <translation>المجموعة {group}: أُضيف {added}، وحُدّث {updated}، وبقي {unchanged} دون تغيير، ورُفض {rejected} (انضم إلى المجموعة: {joined}؛ تُخطّي: {duplicates}).</translation>
    </message>
    <message numerus="yes">
        <source>{count} repeated row(s)</source>
        <translation>
            <numerusform>{count} صف مكرر</numerusform>
            <numerusform>صف مكرر واحد</numerusform>
            <numerusform>صفان مكرران</numerusform>
            <numerusform>{count} صفوف مكررة</numerusform>
            <numerusform>{count} صفًا مكررًا</numerusform>
            <numerusform>{count} صف مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} saved contact(s)</source>
        <translation>
            <numerusform>{count} جهة اتصال محفوظة</numerusform>
            <numerusform>جهة اتصال محفوظة واحدة</numerusform>
            <numerusform>جهتا اتصال محفوظتان</numerusform>
            <numerusform>{count} جهات اتصال محفوظة</numerusform>
            <numerusform>{count} جهة اتصال محفوظة</numerusform>
            <numerusform>{count} جهة اتصال محفوظة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contacts.do_not_send</name>
    <message>
        <source>The do-not-send list cannot be read ({error}). Nothing will be sent until it can: sending now could reach people who asked not to get messages. Restore a backup (File &gt; Restore…).</source>
        <translation>تعذّرت قراءة قائمة عدم الإرسال ({error}). لن يُرسل شيء حتى تُقرأ: الإرسال الآن قد يصل إلى أشخاص طلبوا ألا تصلهم رسائل. استعد نسخة احتياطية (ملف &gt; استعادة…).</translation>
    </message>
</context>
<context>
    <name>contacts.work</name>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
</context>
<context>
    <name>help.dialogs</name>
    <message>
        <source>About kwtSMS Desktop</source>
        <translation>حول kwtSMS Desktop</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>مجلد السجلات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>kwtSMS Desktop</source>
        <translation>kwtSMS Desktop</translation>
    </message>
    <message>
        <source>kwtSMS Desktop sends SMS through your kwtSMS account: every recipient at most once, the cost known before sending, the password kept in the system keyring.</source>
        <translation>يرسل kwtSMS Desktop الرسائل القصيرة عبر حسابك في kwtSMS: كل مستلم مرة واحدة على الأكثر، والتكلفة معروفة قبل الإرسال، وكلمة المرور محفوظة في حافظة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>{crash} for unexpected errors, {api} for gateway calls with the password masked</source>
        <translation>{crash} للأخطاء غير المتوقعة، و{api} لطلبات البوابة مع إخفاء كلمة المرور</translation>
    </message>
</context>
<context>
    <name>personal.controller</name>
    <message>
        <source>The message uses {fields}, which none of the recipients has: choose a field from Insert field.</source>
        <translation>تستخدم الرسالة {fields}، وليس لدى أي مستلم هذا الحقل: اختر حقلاً من «إدراج حقل».</translation>
    </message>
</context>
<context>
    <name>personal.preview</name>
    <message>
        <source>{count} over 7 pages</source>
        <translation>{count} تتجاوز رسالتهم 7 صفحات</translation>
    </message>
    <message>
        <source>{count} set aside: {parts}</source>
        <translation>{count} مستبعد: {parts}</translation>
    </message>
    <message>
        <source>{count} with an empty message</source>
        <translation>{count} رسالتهم فارغة</translation>
    </message>
    <message>
        <source>{count} with no value for {field}</source>
        <translation>{count} بلا قيمة لـ {field}</translation>
    </message>
</context>
<context>
    <name>personal.templates</name>
    <message>
        <source>A template name has at most 100 characters.</source>
        <translation>اسم القالب 100 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>يحتاج القالب إلى اسم.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>There is already a template called “{name}”.</source>
        <translation>يوجد قالب باسم «{name}» من قبل.</translation>
    </message>
    <message>
        <source>Type the message first: an empty template cannot be saved.</source>
        <translation>اكتب الرسالة أولاً: لا يمكن حفظ قالب فارغ.</translation>
    </message>
</context>
<context>
    <name>queue.batches_model</name>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Cancelled: not sent</source>
        <translation>أُلغيت: لم تُرسل</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>لم تُرسل بعد</translation>
    </message>
    <message>
        <source>Received (marked by you)</source>
        <translation>مُستلمة (بتحديدك)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>The app stopped while this batch was being sent.</source>
        <translation>توقف البرنامج أثناء إرسال هذه الدفعة.</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>غير مؤكدة</translation>
    </message>
    <message numerus="yes">
        <source>We sent this batch but the gateway's answer never arrived. These {count} number(s) may or may not have received the message.</source>
        <translation>
            <numerusform>أرسلنا هذه الدفعة لكن رد البوابة لم يصل. قد تكون هذه الأرقام ({count} رقم) استلمت الرسالة وقد لا تكون.</numerusform>
            <numerusform>أرسلنا هذه الدفعة لكن رد البوابة لم يصل. قد تكون هذه الأرقام (رقم واحد) استلمت الرسالة وقد لا تكون.</numerusform>
            <numerusform>أرسلنا هذه الدفعة لكن رد البوابة لم يصل. قد تكون هذه الأرقام (رقمان) استلمت الرسالة وقد لا تكون.</numerusform>
            <numerusform>أرسلنا هذه الدفعة لكن رد البوابة لم يصل. قد تكون هذه الأرقام ({count} أرقام) استلمت الرسالة وقد لا تكون.</numerusform>
            <numerusform>أرسلنا هذه الدفعة لكن رد البوابة لم يصل. قد تكون هذه الأرقام ({count} رقمًا) استلمت الرسالة وقد لا تكون.</numerusform>
            <numerusform>أرسلنا هذه الدفعة لكن رد البوابة لم يصل. قد تكون هذه الأرقام ({count} رقم) استلمت الرسالة وقد لا تكون.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queue.broadcasts_model</name>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>جاهزة للإرسال</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message numerus="yes">
        <source>{count} s</source>
        <translation>
            <numerusform>{count} ث</numerusform>
            <numerusform>{count} ث</numerusform>
            <numerusform>{count} ث</numerusform>
            <numerusform>{count} ث</numerusform>
            <numerusform>{count} ث</numerusform>
            <numerusform>{count} ث</numerusform>
        </translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} س {m} د</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} د {s} ث</translation>
    </message>
</context>
<context>
    <name>queue.lookups</name>
    <message>
        <source>accepted by the gateway and passed on to the phone networks.</source>
        <translation>قبلتها البوابة وسلّمتها إلى شبكات الهاتف.</translation>
    </message>
    <message>
        <source>delivered to the phones.</source>
        <translation>وصلت إلى الهواتف.</translation>
    </message>
    <message>
        <source>not delivered in time: the networks gave up.</source>
        <translation>لم تصل في الوقت المحدد: توقفت الشبكات عن المحاولة.</translation>
    </message>
    <message>
        <source>not delivered.</source>
        <translation>لم تصل.</translation>
    </message>
    <message>
        <source>refused by the phone networks.</source>
        <translation>رفضتها شبكات الهاتف.</translation>
    </message>
    <message>
        <source>the gateway gave a status this app does not know.</source>
        <translation>أعطت البوابة حالة لا يعرفها هذا التطبيق.</translation>
    </message>
    <message>
        <source>waiting in the gateway's queue, not sent to phones yet.</source>
        <translation>في قائمة انتظار البوابة، لم تُرسل إلى الهواتف بعد.</translation>
    </message>
</context>
<context>
    <name>queue.recovery</name>
    <message>
        <source>Uncertain: {batches} with {numbers}; nobody knows whether they were sent. On the Broadcasts page (Ctrl+2), choose for each: send again, or mark as received.</source>
        <translation>غير مؤكدة: {batches} فيها {numbers}؛ لا أحد يعرف هل أُرسلت أم لا. في صفحة الرسائل الجماعية (Ctrl+2) اختر لكل منها: إرسال مرة أخرى، أو اعتبارها مستلمة.</translation>
    </message>
    <message>
        <source>kwtSMS Desktop stopped while sending last time. </source>
        <translation>توقف kwtSMS Desktop أثناء الإرسال في المرة السابقة. </translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>غير مؤكدة</translation>
    </message>
    <message numerus="yes">
        <source>{count} batch(es)</source>
        <translation>
            <numerusform>{count} دفعة</numerusform>
            <numerusform>دفعة واحدة</numerusform>
            <numerusform>دفعتان</numerusform>
            <numerusform>{count} دفعات</numerusform>
            <numerusform>{count} دفعة</numerusform>
            <numerusform>{count} دفعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s)</source>
        <translation>
            <numerusform>{count} رقم</numerusform>
            <numerusform>رقم واحد</numerusform>
            <numerusform>رقمان</numerusform>
            <numerusform>{count} أرقام</numerusform>
            <numerusform>{count} رقمًا</numerusform>
            <numerusform>{count} رقم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recipients.import_dialog</name>
    <message>
        <source>Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv *.vcf);;Excel (*.xlsx *.xlsm *.xls *.xlsb);;OpenDocument (*.ods);;CSV or text (*.csv *.txt *.tsv);;Contacts (*.vcf);;All files (*)</source>
        <translation>جداول البيانات وجهات الاتصال (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv *.vcf);;Excel (*.xlsx *.xlsm *.xls *.xlsb);;OpenDocument (*.ods);;CSV أو نص (*.csv *.txt *.tsv);;جهات الاتصال (*.vcf);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} مكرر</numerusform>
            <numerusform>مكرر واحد</numerusform>
            <numerusform>مكرران</numerusform>
            <numerusform>{count} مكررة</numerusform>
            <numerusform>{count} مكررًا</numerusform>
            <numerusform>{count} مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} invalid</source>
        <translation>
            <numerusform>{count} غير صالح</numerusform>
            <numerusform>واحد غير صالح</numerusform>
            <numerusform>اثنان غير صالحين</numerusform>
            <numerusform>{count} غير صالحة</numerusform>
            <numerusform>{count} غير صالح</numerusform>
            <numerusform>{count} غير صالح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} not covered</source>
        <translation>
            <numerusform>{count} خارج التغطية</numerusform>
            <numerusform>واحد خارج التغطية</numerusform>
            <numerusform>اثنان خارج التغطية</numerusform>
            <numerusform>{count} خارج التغطية</numerusform>
            <numerusform>{count} خارج التغطية</numerusform>
            <numerusform>{count} خارج التغطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} valid</source>
        <translation>
            <numerusform>{count} صالح</numerusform>
            <numerusform>واحد صالح</numerusform>
            <numerusform>اثنان صالحان</numerusform>
            <numerusform>{count} صالحة</numerusform>
            <numerusform>{count} صالحًا</numerusform>
            <numerusform>{count} صالح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recipients.layout</name>
    <message>
        <source>Import a spreadsheet, CSV or vCard, or paste numbers (Ctrl+Shift+V)</source>
        <translation>استورد جدول بيانات أو ملف CSV أو vCard، أو الصق الأرقام (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>recipients.model</name>
    <message>
        <source>Already in the list (row {row}).</source>
        <translation>موجود في القائمة (الصف {row}).</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Group {name}</source>
        <translation>مجموعة {name}</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>No coverage</source>
        <translation>خارج التغطية</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>محظور الإرسال</translation>
    </message>
    <message>
        <source>This number is on the do-not-send list.</source>
        <translation>هذا الرقم في قائمة حظر الإرسال.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Your kwtSMS account cannot send to {country}. Ask kwtSMS to add it, or remove the number.</source>
        <translation>حسابك في kwtSMS لا يرسل إلى {country}. اطلب من kwtSMS إضافتها، أو احذف الرقم.</translation>
    </message>
    <message>
        <source>this country</source>
        <translation>هذا البلد</translation>
    </message>
</context>
<context>
    <name>recipients.reading</name>
    <message>
        <source>pasted text</source>
        <translation>النص الملصق</translation>
    </message>
</context>
<context>
    <name>recipients.view_state</name>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} مكرر</numerusform>
            <numerusform>مكرر واحد</numerusform>
            <numerusform>مكرران</numerusform>
            <numerusform>{count} مكررة</numerusform>
            <numerusform>{count} مكررًا</numerusform>
            <numerusform>{count} مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} invalid</source>
        <translation>
            <numerusform>{count} غير صالح</numerusform>
            <numerusform>واحد غير صالح</numerusform>
            <numerusform>اثنان غير صالحين</numerusform>
            <numerusform>{count} غير صالحة</numerusform>
            <numerusform>{count} غير صالح</numerusform>
            <numerusform>{count} غير صالح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} not covered</source>
        <translation>
            <numerusform>{count} خارج التغطية</numerusform>
            <numerusform>واحد خارج التغطية</numerusform>
            <numerusform>اثنان خارج التغطية</numerusform>
            <numerusform>{count} خارج التغطية</numerusform>
            <numerusform>{count} خارج التغطية</numerusform>
            <numerusform>{count} خارج التغطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} suppressed</source>
        <translation>
            <numerusform>{count} محظور الإرسال</numerusform>
            <numerusform>واحد محظور الإرسال</numerusform>
            <numerusform>اثنان محظورا الإرسال</numerusform>
            <numerusform>{count} محظورة الإرسال</numerusform>
            <numerusform>{count} محظور الإرسال</numerusform>
            <numerusform>{count} محظور الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} valid</source>
        <translation>
            <numerusform>{count} صالح</numerusform>
            <numerusform>واحد صالح</numerusform>
            <numerusform>اثنان صالحان</numerusform>
            <numerusform>{count} صالحة</numerusform>
            <numerusform>{count} صالحًا</numerusform>
            <numerusform>{count} صالح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schedule.actions</name>
    <message>
        <source>Broadcast {id} is no longer scheduled: it was sent, changed or cancelled meanwhile.</source>
        <translation>الحملة {id} لم تعد مجدولة: أُرسلت أو غُيّرت أو أُلغيت في هذه الأثناء.</translation>
    </message>
</context>
<context>
    <name>schedule.countdown</name>
    <message>
        <source> </source>
        <comment>between the units of a countdown</comment>
        <translation> و</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>حان موعدها</translation>
    </message>
    <message>
        <source>in {time}</source>
        <translation>بعد {time}</translation>
    </message>
    <message numerus="yes">
        <source>{count} d</source>
        <translation>
            <numerusform>{count} يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>{count} أيام</numerusform>
            <numerusform>{count} يومًا</numerusform>
            <numerusform>{count} يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} h</source>
        <translation>
            <numerusform>{count} ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>{count} ساعات</numerusform>
            <numerusform>{count} ساعة</numerusform>
            <numerusform>{count} ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} min</source>
        <translation>
            <numerusform>{count} دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>{count} دقائق</numerusform>
            <numerusform>{count} دقيقة</numerusform>
            <numerusform>{count} دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} s</source>
        <translation>
            <numerusform>{count} ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>{count} ثوانٍ</numerusform>
            <numerusform>{count} ثانية</numerusform>
            <numerusform>{count} ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} Kuwait time</source>
        <translation>{time} بتوقيت الكويت</translation>
    </message>
</context>
<context>
    <name>settings.dialog</name>
    <message>
        <source>The API username or password is wrong. Check both fields above: use the API username and password from the API page of your kwtsms.com account (not your login mobile number).</source>
        <translation>اسم مستخدم API أو كلمة المرور غير صحيحة. راجع الحقلين أعلاه: استخدم اسم المستخدم وكلمة المرور الظاهرين في صفحة API بحسابك على kwtsms.com (وليس رقم الجوال الذي تسجّل به الدخول).</translation>
    </message>
</context>
<context>
    <name>shared.account_service</name>
    <message>
        <source>Something unexpected went wrong talking to the gateway ({detail}).</source>
        <translation>حدث خطأ غير متوقع أثناء الاتصال بالبوابة ({detail}).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
</context>
<context>
    <name>shared.crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <source>The details were saved in {path}.</source>
        <translation>حُفظت التفاصيل في {path}.</translation>
    </message>
    <message>
        <source>kwtSMS Desktop met an unexpected problem. Your broadcasts are safe: their progress is saved after every step. If it happens again, send the log file to support.</source>
        <translation>واجه kwtSMS Desktop مشكلة غير متوقعة. حملاتك محفوظة: يُحفظ تقدمها بعد كل خطوة. إن تكرر ذلك فأرسل ملف السجل إلى الدعم.</translation>
    </message>
</context>
<context>
    <name>shared.table_export</name>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV لبرنامج Excel (*.csv);;مصنف Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Saving {count} row(s)… {percent}%</source>
        <translation>
            <numerusform>جارٍ حفظ {count} صف… {percent}%</numerusform>
            <numerusform>جارٍ حفظ صف واحد… {percent}%</numerusform>
            <numerusform>جارٍ حفظ صفين… {percent}%</numerusform>
            <numerusform>جارٍ حفظ {count} صفوف… {percent}%</numerusform>
            <numerusform>جارٍ حفظ {count} صفًا… {percent}%</numerusform>
            <numerusform>جارٍ حفظ {count} صف… {percent}%</numerusform>
        </translation>
    </message>
</context>
</TS>
