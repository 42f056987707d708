<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <source>“{text}” is an email address, not a phone number.</source>
        <translation>«{text}» عنوان بريد إلكتروني وليس رقم هاتف.</translation>
    </message>
</context>
</TS>
