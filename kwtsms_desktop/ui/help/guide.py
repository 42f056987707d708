"""The built-in guide's text, in English and Arabic (plain HTML: a QTextBrowser shows it, no network)."""

from __future__ import annotations

# Each section: (title, paragraphs). Kept short: the office reads it when something surprises them.
_EN = (
    (
        "Importing recipients",
        "Import (Ctrl+O) reads Excel, OpenDocument, CSV or text files and contacts (.vcf); you can also "
        "drag a file onto the window or paste numbers (Ctrl+Shift+V). Local 8-digit Kuwait numbers are "
        "read as Kuwait numbers. Every row that will not be sent stays in the table with its reason "
        "(invalid, duplicate, not covered, on the do-not-send list); export them to fix them.",
    ),
    (
        "Test mode and held credits",
        "Test mode is on by default. Test messages are queued at kwtsms.com and never reach phones. "
        "Their points are held: the balance goes down until you delete the test messages from the "
        "queue on kwtsms.com. Turn test mode off (the badge says LIVE in red) to send for real. "
        "Send a test to my phone sends the message live to your own number only (Settings).",
    ),
    (
        "An uncertain batch",
        "A batch is uncertain when it was sent but kwtSMS's answer never arrived (the network dropped, "
        "the laptop slept, the app closed). Those numbers may or may not have the message, so the app "
        "never resends them by itself. On the Broadcasts page choose: Resend to these numbers (some may "
        "get it twice and it costs again), or Mark as received if the message log on kwtsms.com shows it "
        "was sent.",
    ),
    (
        "Status and the report",
        "Select a broadcast on the Broadcasts page and open Each number: Check status asks kwtSMS about "
        "every batch. Kuwait numbers have no delivery report, so they stay Accepted; numbers abroad get "
        "one from 5 minutes after sending. Save report as PDF or Print gives the message, sender, date, "
        "counts, points and each number.",
    ),
    (
        "The password and the keyring",
        "The API password is kept only in the system keyring (Windows Credential Manager, macOS "
        "Keychain, GNOME Keyring or KWallet), never in a file or a log. If the header says No keyring "
        "or Keyring locked, unlock or install the keyring, then enter the password again in Settings.",
    ),
    (
        "The do-not-send list",
        "Numbers on the do-not-send list are never sent to, whatever list they come in; they show as "
        "suppressed before sending and as set aside in the report. If the list cannot be read, nothing "
        "is sent until it can.",
    ),
)

_AR = (
    (
        "استيراد المستلمين",
        "زر الاستيراد (Ctrl+O) يقرأ ملفات Excel وOpenDocument وCSV والنصوص وجهات الاتصال (.vcf)، ويمكنك "
        "أيضًا سحب ملف إلى النافذة أو لصق الأرقام (Ctrl+Shift+V). الأرقام الكويتية المحلية المكونة من 8 "
        "أرقام تُقرأ كأرقام كويتية. كل صف لن يُرسل إليه يبقى في الجدول مع سببه (غير صالح، مكرر، دولة غير "
        "مفعّلة، في قائمة عدم الإرسال)؛ صدّرها لتصحيحها.",
    ),
    (
        "وضع الاختبار والنقاط المحجوزة",
        "وضع الاختبار مفعّل افتراضيًا. رسائل الاختبار توضع في قائمة الانتظار في kwtsms.com ولا تصل إلى "
        "الهواتف أبدًا. نقاطها محجوزة: ينقص الرصيد حتى تحذف رسائل الاختبار من قائمة الانتظار في "
        "kwtsms.com. أوقف وضع الاختبار (تظهر الشارة «حقيقي» بالأحمر) للإرسال الفعلي. «أرسل تجربة إلى "
        "هاتفي» يرسل الرسالة فعليًا إلى رقمك أنت فقط (الإعدادات).",
    ),
    (
        "الدفعة غير المؤكدة",
        "تكون الدفعة غير مؤكدة عندما تُرسل ولا يصل رد kwtSMS (انقطعت الشبكة، أو نام الحاسوب، أو أُغلق "
        "البرنامج). قد تكون الرسالة وصلت إلى تلك الأرقام وقد لا تكون، لذلك لا يعيد البرنامج إرسالها من "
        "تلقاء نفسه. في صفحة الرسائل الجماعية اختر: إعادة الإرسال إلى هذه الأرقام (قد يستلمها بعضهم مرتين "
        "وتُخصم النقاط مرة أخرى)، أو اعتبارها مستلمة إذا أظهر سجل الرسائل في kwtsms.com أنها أُرسلت.",
    ),
    (
        "الحالة والتقرير",
        "اختر إرسالية في صفحة الرسائل الجماعية وافتح «كل رقم»: زر التحقق من الحالة يسأل kwtSMS عن كل "
        "دفعة. أرقام الكويت ليس لها تقرير تسليم فتبقى «مقبولة»؛ أما الأرقام خارج الكويت فلها تقرير بعد 5 "
        "دقائق من الإرسال. «حفظ التقرير PDF» أو «طباعة» يعطيان الرسالة واسم المرسل والتاريخ والأعداد "
        "والنقاط وكل رقم.",
    ),
    (
        "كلمة المرور وحافظة المفاتيح",
        "تُحفظ كلمة مرور API في حافظة مفاتيح النظام فقط (مدير بيانات الاعتماد في Windows، وسلسلة المفاتيح "
        "في macOS، وGNOME Keyring أو KWallet)، ولا تُكتب أبدًا في ملف أو سجل. إذا ظهر في الشريط العلوي "
        "«لا توجد حافظة مفاتيح» أو «حافظة المفاتيح مقفلة»، افتحها أو ثبّتها ثم أدخل كلمة المرور من جديد في "
        "الإعدادات.",
    ),
    (
        "قائمة عدم الإرسال",
        "لا يُرسل أبدًا إلى الأرقام الموجودة في قائمة عدم الإرسال مهما كانت القائمة التي جاءت فيها؛ تظهر "
        "كمستبعدة قبل الإرسال وفي التقرير. إذا تعذرت قراءة القائمة فلا يُرسل شيء حتى تُقرأ.",
    ),
)

TITLES = {"en": "kwtSMS Desktop: a short guide", "ar": "دليل مختصر لبرنامج kwtSMS Desktop"}


def sections(lang: str = "en") -> tuple[tuple[str, str], ...]:
    return _AR if lang.lower().startswith("ar") else _EN


def guide_html(lang: str = "en") -> str:
    """The whole guide as HTML, right-to-left for Arabic."""
    import html

    arabic = lang.lower().startswith("ar")
    direction = "rtl" if arabic else "ltr"
    parts = [f'<div dir="{direction}"><h2>{html.escape(TITLES["ar" if arabic else "en"])}</h2>']
    for title, text in sections(lang):
        parts.append(f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>")
    parts.append("</div>")
    return "".join(parts)
