"""The gateway's error catalogue: what each code means, what the user is told (English and Arabic), what the engine does.

Every code of the vendor's error table (kwtsms-rest-api.txt, "Error codes") is here, plus three
transport cases the gateway never names itself:

- ``NETWORK``: the request never left this computer (no connection, DNS failure, refused), so
  retrying it cannot send anything twice.
- ``TIMEOUT``: the request went out and no answer came back; the batch may or may not have been
  accepted, so it is never resent silently.
- ``BAD_RESPONSE``: an answer came back but could not be read; same uncertainty as a timeout.
- ``TLS``: the secure connection could not be set up (certificate, clock, a company proxy), before
  the request was written, so nothing was sent.

:func:`lookup_failure` gives the sentences for a failed look-up before sending (balance, sender
IDs, coverage), where there is no batch to speak of and nothing to resume.

The vendor table announces "all 33 error responses" but lists 28 codes (ERR001-ERR013 and
ERR019-ERR033; there is no ERR014-ERR018). Those 28 are what this catalogue holds; any other code
goes through :func:`error_info`'s generic entry.

The user-facing sentences (``en``/``ar``) never contain the code itself: the UI shows the code
separately, in smaller print, for support.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

__all__ = ["Action", "Category", "ErrorInfo", "ERRORS", "error_info", "lookup_failure"]


class Category(StrEnum):
    """What the error is about (docs/architecture.md, "Error categories")."""

    ACCOUNT = "account"
    BALANCE = "balance"
    MESSAGE = "message"
    SENDER = "sender"
    RECIPIENTS = "recipients"
    THROTTLE = "throttle"
    PROTOCOL = "protocol"
    LOOKUP = "lookup"
    TRANSPORT = "transport"


class Action(StrEnum):
    """What the send engine does when a send call answers with this code."""

    PAUSE = "pause"  # stop the broadcast; resumable once the user fixes something
    STOP = "stop"  # a bug / protocol error: stop loudly
    REJECT_BATCH = "reject_batch"  # this batch is rejected, go on with the next one
    RETRY = "retry"  # wait retry_delays, then send the same batch again
    UNCERTAIN = "uncertain"  # request went out, no readable answer: never resent silently
    NONE = "none"  # only returned by lookups (status / dlr / coverage), never by send


@dataclass(frozen=True)
class ErrorInfo:
    """One gateway or transport error, as the engine and the UI use it."""

    code: str  # "ERR003" ... or "NETWORK", "TIMEOUT", "BAD_RESPONSE"
    meaning: str  # the gateway's own description (the vendor table)
    category: Category
    action: Action
    en: str  # what the user is told: plain words, what to do next, no code in it
    ar: str  # the same in Arabic
    retry_delays: tuple[float, ...] = ()  # seconds between attempts, for Action.RETRY

    def message(self, lang: str = "en") -> str:
        """The sentence for the user in ``lang`` ("ar", "ar_KW", "ar-KW" give Arabic; anything else English)."""
        return self.ar if lang.lower().startswith("ar") else self.en


_A, _B, _M, _S = Category.ACCOUNT, Category.BALANCE, Category.MESSAGE, Category.SENDER
_R, _T, _P, _L, _X = (
    Category.RECIPIENTS,
    Category.THROTTLE,
    Category.PROTOCOL,
    Category.LOOKUP,
    Category.TRANSPORT,
)

_ENTRIES: tuple[ErrorInfo, ...] = (
    # --- account: paused until the user fixes Settings or the account --------------------------
    ErrorInfo(
        "ERR001",
        "API off on this account.",
        _A,
        Action.PAUSE,
        "The API is switched off on this kwtSMS account. Turn it on at kwtsms.com "
        "(Account, then API), then resume sending.",
        "واجهة API متوقفة في حساب kwtSMS هذا. فعّلها من موقع kwtsms.com (الحساب ثم API)، ثم استأنف الإرسال.",
    ),
    ErrorInfo(
        "ERR003",
        "Wrong username or password.",
        _A,
        Action.PAUSE,
        "The API username or password is wrong. Open Settings and enter the API username and "
        "password from the API page of your kwtsms.com account (not your login mobile number).",
        "اسم مستخدم API أو كلمة المرور غير صحيحة. افتح الإعدادات وأدخل اسم المستخدم وكلمة المرور "
        "الظاهرين في صفحة API بحسابك على kwtsms.com (وليس رقم الجوال الذي تسجّل به الدخول).",
    ),
    ErrorInfo(
        "ERR004",
        "Your account does not have API access.",
        _A,
        Action.PAUSE,
        "This kwtSMS account does not have API access. Ask kwtSMS support to enable API access "
        "for your account, then resume sending.",
        "هذا الحساب لا يملك صلاحية استخدام واجهة API. اطلب من دعم kwtSMS تفعيلها لحسابك، ثم استأنف الإرسال.",
    ),
    ErrorInfo(
        "ERR005",
        "Your account has been blocked.",
        _A,
        Action.PAUSE,
        "This kwtSMS account is blocked. Contact kwtSMS support to find out why and have it "
        "unblocked; sending stays paused until then.",
        "هذا الحساب محظور لدى kwtSMS. تواصل مع دعم kwtSMS لمعرفة السبب ورفع الحظر، ويبقى الإرسال متوقفًا حتى ذلك الحين.",
    ),
    ErrorInfo(
        "ERR024",
        "API lockdown is ON and the IP address is not in the allowed list.",
        _A,
        Action.PAUSE,
        "Your kwtSMS account only accepts requests from certain internet addresses, and this "
        "computer's address is not one of them. Add it under IP Lockdown on the API page at "
        "kwtsms.com (or turn the lockdown off), then resume sending.",
        "حسابك في kwtSMS لا يقبل الطلبات إلا من عناوين إنترنت (IP) محددة، وعنوان هذا الجهاز ليس "
        "منها. أضِفه في قسم تقييد IP بصفحة API على kwtsms.com (أو أوقف التقييد)، ثم استأنف الإرسال.",
    ),
    # --- balance: paused, resumable after a recharge --------------------------------------------
    ErrorInfo(
        "ERR010",
        "Your account balance is zero.",
        _B,
        Action.PAUSE,
        "Your kwtSMS balance is zero. Recharge your account at kwtsms.com, then resume: the "
        "numbers not sent yet will be sent.",
        "رصيدك في kwtSMS صفر. اشحن حسابك من kwtsms.com ثم استأنف الإرسال، "
        "وستُرسل الرسالة إلى الأرقام التي لم تصلها بعد.",
    ),
    ErrorInfo(
        "ERR011",
        "Not enough balance to send this message.",
        _B,
        Action.PAUSE,
        "Your kwtSMS balance is not enough for this batch. Recharge your account at kwtsms.com, "
        "then resume: the numbers not sent yet will be sent.",
        "رصيدك في kwtSMS لا يكفي لإرسال هذه الدفعة. اشحن حسابك من kwtsms.com ثم استأنف الإرسال، "
        "وستُرسل الرسالة إلى الأرقام التي لم تصلها بعد.",
    ),
    # --- message and sender: paused until the message or sender is fixed -----------------------
    ErrorInfo(
        "ERR008",
        "The senderid chosen is banned.",
        _S,
        Action.PAUSE,
        "This sender name is banned or not registered on your account. Choose another sender "
        "name (capital and small letters matter) or register this one at kwtsms.com, then resume.",
        "اسم المرسل هذا محظور أو غير مسجّل في حسابك. اختر اسم مرسل آخر (مع مراعاة الأحرف الكبيرة "
        "والصغيرة) أو سجّل هذا الاسم في kwtsms.com، ثم استأنف الإرسال.",
    ),
    ErrorInfo(
        "ERR009",
        "Message parameter is empty.",
        _M,
        Action.PAUSE,
        "The message is empty: nothing sendable was left after removing emoji and hidden "
        "characters. Type the message text, then resume.",
        "الرسالة فارغة: لم يبقَ فيها ما يمكن إرساله بعد حذف الرموز التعبيرية والأحرف المخفية. "
        "اكتب نص الرسالة ثم استأنف الإرسال.",
    ),
    ErrorInfo(
        "ERR012",
        "Cannot send more than 6 page messages (message too long).",
        _M,
        Action.PAUSE,
        "The message is too long for the gateway. Shorten it until the page counter shows 7 "
        "pages or fewer, then resume.",
        "الرسالة أطول مما تقبله البوابة. اختصرها حتى يُظهر عدّاد الصفحات 7 صفحات أو أقل، ثم استأنف الإرسال.",
    ),
    ErrorInfo(
        "ERR027",
        "HTML tags not allowed.",
        _M,
        Action.PAUSE,
        "The message contains HTML tags, which the gateway refuses. Remove anything written like "
        "<b> or </p> from the message, then resume.",
        "تحتوي الرسالة على وسوم HTML ترفضها البوابة. احذف من الرسالة أي نص مكتوب مثل <b> أو </p>، ثم استأنف الإرسال.",
    ),
    ErrorInfo(
        "ERR031",
        "Bad language detected, send rejected.",
        _M,
        Action.PAUSE,
        "The gateway rejected the message because it contains offensive words. Change the wording, then resume.",
        "رفضت البوابة الرسالة لاحتوائها على ألفاظ غير لائقة. عدّل صياغتها ثم استأنف الإرسال.",
    ),
    ErrorInfo(
        "ERR032",
        "Spam message detected, send rejected.",
        _M,
        Action.PAUSE,
        "The gateway rejected the message as spam. Change the wording (fewer links, fewer "
        "capital letters, no repeated text), then resume.",
        "رفضت البوابة الرسالة لأنها عدّتها رسالة مزعجة (سبام). عدّل صياغتها (روابط أقل، "
        "دون تكرار للنص) ثم استأنف الإرسال.",
    ),
    # --- recipients: this batch rejected, the broadcast goes on ---------------------------------
    ErrorInfo(
        "ERR006",
        "No valid numbers submitted.",
        _R,
        Action.REJECT_BATCH,
        "None of the numbers in this batch was accepted as a valid phone number. Each number "
        "needs its country code, for example 96598765432. The rest of the broadcast continues.",
        "لم يُقبل أي رقم في هذه الدفعة كرقم هاتف صحيح. يجب أن يتضمن كل رقم رمز الدولة، "
        "مثل 96598765432. يستمر إرسال بقية الدفعات.",
    ),
    ErrorInfo(
        "ERR025",
        "No valid numbers found. Must be digits only with country code. No +, 00, (), . or space.",
        _R,
        Action.REJECT_BATCH,
        "The gateway found no valid mobile number in this batch (numbers must be digits only, "
        "starting with the country code, like 96598765432). The rest of the broadcast continues.",
        "لم تجد البوابة أي رقم جوال صالح في هذه الدفعة (يجب أن يتكون الرقم من أرقام فقط ويبدأ "
        "برمز الدولة، مثل 96598765432). يستمر إرسال بقية الدفعات.",
    ),
    ErrorInfo(
        "ERR026",
        "No route for this number. Country not activated. Contact support to add.",
        _R,
        Action.REJECT_BATCH,
        "The country of these numbers is not activated on your kwtSMS account. Ask kwtSMS "
        "support to add it; the rest of the broadcast continues.",
        "دولة هذه الأرقام غير مفعّلة في حسابك لدى kwtSMS. اطلب من دعم kwtSMS إضافتها، ويستمر إرسال بقية الدفعات.",
    ),
    # --- throttle: wait and send the same batch again -------------------------------------------
    ErrorInfo(
        "ERR013",
        "Your queued messages reached 1000, wait and try again.",
        _T,
        Action.RETRY,
        "Your kwtSMS queue is full (1000 messages waiting). The app waits a little and sends "
        "this batch again by itself.",
        "قائمة الانتظار في حسابك لدى kwtSMS ممتلئة (1000 رسالة بانتظار الإرسال). سينتظر البرنامج "
        "قليلًا ثم يعيد إرسال هذه الدفعة تلقائيًا.",
        (30.0, 60.0, 120.0),
    ),
    ErrorInfo(
        "ERR028",
        "Must wait 15 seconds before sending to the same number again.",
        _T,
        Action.RETRY,
        "A message went to the same number less than 15 seconds ago. The app waits 16 seconds "
        "and sends this batch again by itself.",
        "أُرسلت رسالة إلى الرقم نفسه قبل أقل من 15 ثانية. سينتظر البرنامج 16 ثانية ثم يعيد إرسال هذه الدفعة تلقائيًا.",
        (16.0,),
    ),
    # --- protocol: a bug in the app, stop loudly ------------------------------------------------
    ErrorInfo(
        "ERR002",
        "Username, password, or other required parameter is missing.",
        _P,
        Action.STOP,
        "The app sent kwtSMS an incomplete request (the username, password, sender, numbers or "
        "message was missing). Sending has stopped. Check that Settings holds the API username "
        "and password, and report this problem if it happens again.",
        "أرسل البرنامج إلى kwtSMS طلبًا ناقصًا (اسم المستخدم أو كلمة المرور أو اسم المرسل أو "
        "الأرقام أو نص الرسالة مفقود). توقف الإرسال. تأكد من وجود اسم مستخدم API وكلمة المرور "
        "في الإعدادات، وأبلغ عن المشكلة إن تكررت.",
    ),
    ErrorInfo(
        "ERR007",
        "Cannot send more than 200 numbers at a time.",
        _P,
        Action.STOP,
        "The app sent more than 200 numbers in one request, which the gateway refuses. This is a "
        "fault in the app: sending has stopped. Please report it.",
        "أرسل البرنامج أكثر من 200 رقم في طلب واحد، وهذا ما ترفضه البوابة. هذا خلل في البرنامج "
        "وقد توقف الإرسال. يُرجى الإبلاغ عنه.",
    ),
    # --- lookups (status, delivery reports, coverage): never returned by send -------------------
    ErrorInfo(
        "ERR019",
        "No reports found.",
        _L,
        Action.NONE,
        "No delivery report has arrived for this message yet. Check again later.",
        "لم يصل أي تقرير تسليم لهذه الرسالة حتى الآن. تحقّق مرة أخرى لاحقًا.",
    ),
    ErrorInfo(
        "ERR020",
        "Message does not exist.",
        _L,
        Action.NONE,
        "kwtSMS has no message with this ID. Check that it was sent from this account.",
        "لا توجد لدى kwtSMS رسالة بهذا المعرّف. تأكد من أنها أُرسلت من هذا الحساب.",
    ),
    ErrorInfo(
        "ERR021",
        "Message does not have a delivery report.",
        _L,
        Action.NONE,
        "This message has no delivery report. Kuwait numbers never return one; for "
        "international numbers, check again later.",
        "لا يوجد تقرير تسليم لهذه الرسالة. أرقام الكويت لا تُرجع تقارير تسليم أبدًا، "
        "أما الأرقام الدولية فتحقّق منها لاحقًا.",
    ),
    ErrorInfo(
        "ERR022",
        "Delivery reports not ready. Check back after 24 hours.",
        _L,
        Action.NONE,
        "Delivery reports for this message are not ready yet. Check again after 24 hours.",
        "تقارير التسليم لهذه الرسالة ليست جاهزة بعد. تحقّق مرة أخرى بعد 24 ساعة.",
    ),
    ErrorInfo(
        "ERR023",
        "Unknown error. Could not get delivery reports.",
        _L,
        Action.NONE,
        "kwtSMS could not fetch the delivery reports because of a problem on its side. Try again "
        "later; if it keeps happening, contact kwtSMS support.",
        "تعذّر على kwtSMS جلب تقارير التسليم بسبب مشكلة لديه. حاول مرة أخرى لاحقًا، وإن تكرر ذلك فتواصل مع دعم kwtSMS.",
    ),
    ErrorInfo(
        "ERR029",
        "Message does not exist or the msgid is wrong.",
        _L,
        Action.NONE,
        "kwtSMS found no message with this ID, or the ID is wrong. Check that the message was sent from this account.",
        "لم يجد kwtSMS رسالة بهذا المعرّف، أو أن المعرّف خاطئ. تأكد من أن الرسالة أُرسلت من هذا الحساب.",
    ),
    ErrorInfo(
        "ERR030",
        "Message stuck in queue with error (delete to recover credits).",
        _L,
        Action.NONE,
        "This message is stuck in the kwtSMS queue and will not be delivered (test messages "
        "always stay there). Its credits stay held until you delete it from the Queue page at "
        "kwtsms.com.",
        "هذه الرسالة عالقة في قائمة الانتظار لدى kwtSMS ولن تُسلَّم (رسائل الاختبار تبقى هناك دائمًا). "
        "يبقى رصيدها محجوزًا حتى تحذفها من صفحة قائمة الانتظار (Queue) على kwtsms.com.",
    ),
    ErrorInfo(
        "ERR033",
        "No active coverage on your account. Contact support to add one.",
        _L,
        Action.NONE,
        "Your kwtSMS account has no country activated for sending. Contact kwtSMS support to add "
        "the countries you send to.",
        "لا توجد أي دولة مفعّلة للإرسال في حسابك لدى kwtSMS. تواصل مع دعم kwtSMS لإضافة الدول التي ترسل إليها.",
    ),
    # --- transport: the gateway never answered in a way we could read ---------------------------
    ErrorInfo(
        "NETWORK",
        "The request could not be sent: no connection, name lookup failed or connection refused.",
        _X,
        Action.RETRY,
        "Could not reach kwtSMS: this computer seems to be offline, or the connection was "
        "refused. Nothing was sent; the app tries again by itself. Check the internet connection.",
        "تعذّر الاتصال بـ kwtSMS: يبدو أن هذا الجهاز غير متصل بالإنترنت أو أن الاتصال رُفض. "
        "لم يُرسل شيء، وسيعيد البرنامج المحاولة تلقائيًا. تحقّق من اتصال الإنترنت.",
        (2.0, 5.0, 10.0, 30.0),
    ),
    ErrorInfo(
        "TLS",
        "The secure (TLS) connection could not be set up; the request was not sent.",
        _X,
        Action.RETRY,
        "Could not set up a secure connection to kwtSMS, so nothing was sent; the app tries again a few "
        "times by itself. Check that this computer's date and time are right. If your office network "
        "inspects secure connections (a company proxy), choose your company's certificate file in "
        "Settings (CA bundle).",
        "تعذّر إنشاء اتصال آمن بـ kwtSMS، لذا لم يُرسل شيء، وسيعيد البرنامج المحاولة بضع مرات تلقائيًا. "
        "تأكد من صحة تاريخ هذا الجهاز ووقته. وإن كانت شبكة مكتبك تفحص الاتصالات الآمنة (وكيل الشركة)، "
        "فاختر ملف شهادة شركتك في الإعدادات (حزمة شهادات CA).",
        (2.0, 5.0, 10.0, 30.0),
    ),
    ErrorInfo(
        "TIMEOUT",
        "The request went out but no answer came back in time.",
        _X,
        Action.UNCERTAIN,
        "kwtSMS did not answer in time after the request went out, so it is not known whether "
        "this batch was sent. The app will not send it again on its own: check the batch in the "
        "queue and choose whether to send it again or count it as sent.",
        "لم يصل ردّ من kwtSMS في الوقت المحدد بعد خروج الطلب، لذا لا يُعرف إن كانت هذه الدفعة قد "
        "أُرسلت. لن يعيد البرنامج إرسالها من تلقاء نفسه: راجع الدفعة في قائمة الإرسال واختر إما "
        "إعادة إرسالها أو اعتبارها مُرسلة.",
    ),
    ErrorInfo(
        "BAD_RESPONSE",
        "The gateway answered with something that is not a readable kwtSMS reply.",
        _X,
        Action.UNCERTAIN,
        "kwtSMS answered with something the app could not read, so it is not known whether this "
        "batch was sent. The app will not send it again on its own: check the batch in the queue "
        "and choose whether to send it again or count it as sent.",
        "ردّ kwtSMS بما لم يستطع البرنامج قراءته، لذا لا يُعرف إن كانت هذه الدفعة قد أُرسلت. "
        "لن يعيد البرنامج إرسالها من تلقاء نفسه: راجع الدفعة في قائمة الإرسال واختر إما إعادة "
        "إرسالها أو اعتبارها مُرسلة.",
    ),
)

ERRORS: Mapping[str, ErrorInfo] = MappingProxyType(
    {info.code: info for info in sorted(_ENTRIES, key=lambda e: (not e.code.startswith("ERR"), e.code))}
)


def error_info(code: str) -> ErrorInfo:
    """The catalogue entry for ``code`` (case and surrounding spaces ignored).

    An unknown code gets a generic entry: category PROTOCOL, action STOP (the engine must not guess
    whether an unknown answer means "sent"), and a sentence naming the code so support can help.
    """
    key = (code or "").strip().upper()
    known = ERRORS.get(key)
    if known is not None:
        return known
    shown = key or "(empty)"
    return ErrorInfo(
        code=key,
        meaning="Not in the gateway's published error table.",
        category=Category.PROTOCOL,
        action=Action.STOP,
        en=f"kwtSMS answered with an error this app does not know ({shown}). Sending has "
        f"stopped; contact kwtSMS support and give them this code.",
        ar=f"ردّ kwtSMS بخطأ لا يعرفه هذا البرنامج ({shown}). توقف الإرسال؛ تواصل مع دعم kwtSMS وأعطهم هذا الرمز.",
    )


# What a failed look-up before sending (balance, sender IDs, coverage) tells the user: no broadcast
# exists yet, so nothing about batches, retries or resuming. Codes not listed use the catalogue.
_LOOKUP_SENTENCES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "NETWORK": (
            "Could not reach kwtSMS: this computer seems to be offline, or the connection was refused. "
            "Nothing was sent. Check the internet connection and try again.",
            "تعذّر الاتصال بـ kwtSMS: يبدو أن هذا الجهاز غير متصل بالإنترنت أو أن الاتصال رُفض. لم يُرسل شيء. "
            "تحقّق من اتصال الإنترنت ثم حاول مرة أخرى.",
        ),
        "TLS": (
            "Could not set up a secure connection to kwtSMS. Nothing was sent. Check that this computer's "
            "date and time are right. If your office network inspects secure connections (a company proxy), "
            "choose your company's certificate file in Settings (CA bundle, or --ca-bundle on the command "
            "line), then try again.",
            "تعذّر إنشاء اتصال آمن بـ kwtSMS. لم يُرسل شيء. تأكد من صحة تاريخ هذا الجهاز ووقته. وإن كانت شبكة "
            "مكتبك تفحص الاتصالات الآمنة (وكيل الشركة)، فاختر ملف شهادة شركتك في الإعدادات (حزمة شهادات CA، "
            "أو ‎--ca-bundle في سطر الأوامر)، ثم حاول مرة أخرى.",
        ),
        "TIMEOUT": (
            "kwtSMS did not answer in time. Nothing was sent. Try again in a few minutes.",
            "لم يردّ kwtSMS في الوقت المحدد. لم يُرسل شيء. حاول مرة أخرى بعد بضع دقائق.",
        ),
        "BAD_RESPONSE": (
            "kwtSMS answered with something the app could not read (perhaps a network sign-in page or a "
            "wrong gateway address). Nothing was sent. Check the gateway address and try again later.",
            "ردّ kwtSMS بما لم يستطع البرنامج قراءته (ربما صفحة تسجيل دخول للشبكة أو عنوان بوابة خاطئ). "
            "لم يُرسل شيء. تحقّق من عنوان البوابة وحاول مرة أخرى لاحقًا.",
        ),
        "ERR001": (
            "The API is switched off on this kwtSMS account. Turn it on at kwtsms.com (Account, then API), "
            "then try again. Nothing was sent.",
            "واجهة API متوقفة في حساب kwtSMS هذا. فعّلها من موقع kwtsms.com (الحساب ثم API)، ثم حاول مرة أخرى. "
            "لم يُرسل شيء.",
        ),
        "ERR004": (
            "This kwtSMS account does not have API access. Ask kwtSMS support to enable it, then try again. "
            "Nothing was sent.",
            "هذا الحساب لا يملك صلاحية استخدام واجهة API. اطلب من دعم kwtSMS تفعيلها، ثم حاول مرة أخرى. لم يُرسل شيء.",
        ),
        "ERR024": (
            "Your kwtSMS account only accepts requests from certain internet addresses, and this computer's "
            "address is not one of them. Add it under IP Lockdown on the API page at kwtsms.com (or turn the "
            "lockdown off), then try again. Nothing was sent.",
            "حسابك في kwtSMS لا يقبل الطلبات إلا من عناوين إنترنت (IP) محددة، وعنوان هذا الجهاز ليس منها. أضِفه "
            "في قسم تقييد IP بصفحة API على kwtsms.com (أو أوقف التقييد)، ثم حاول مرة أخرى. لم يُرسل شيء.",
        ),
        "ERR005": (
            "This kwtSMS account is blocked. Contact kwtSMS support to find out why and have it unblocked. "
            "Nothing was sent.",
            "هذا الحساب محظور لدى kwtSMS. تواصل مع دعم kwtSMS لمعرفة السبب ورفع الحظر. لم يُرسل شيء.",
        ),
        "ERR010": (
            "Your kwtSMS balance is zero. Recharge your account at kwtsms.com, then try again. Nothing was sent.",
            "رصيدك في kwtSMS صفر. اشحن حسابك من kwtsms.com ثم حاول مرة أخرى. لم يُرسل شيء.",
        ),
        "ERR013": (
            "kwtSMS is busy with this account's queue (1000 messages waiting). Nothing was sent. Try again in "
            "a few minutes.",
            "قائمة الانتظار في حسابك لدى kwtSMS ممتلئة (1000 رسالة). لم يُرسل شيء. حاول مرة أخرى بعد بضع دقائق.",
        ),
    }
)


def lookup_failure(code: str) -> tuple[str, str]:
    """(English, Arabic) for a failed look-up before any broadcast exists; never speaks of batches or resuming."""
    key = (code or "").strip().upper()
    key = {"ERR011": "ERR010", "ERR028": "ERR013"}.get(key, key)
    if key in _LOOKUP_SENTENCES:
        return _LOOKUP_SENTENCES[key]
    info = error_info(key)
    return info.en, info.ar
