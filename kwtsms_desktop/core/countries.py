"""Country rules for mobile numbers: calling code, local lengths, mobile first digits, names.

The first part is the table the official kwtSMS clients share (kwtsms 0.7.40 `_PHONE_RULES`),
copied entry for entry so that `check_number(raw, None)` accepts exactly what they accept.
A calling code missing here gets only the E.164 check (7 to 15 digits).
"""

from __future__ import annotations

# code: (local lengths, mobile first digits or () when any digit is allowed)
PHONE_RULES: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    # GCC
    "965": ((8,), ("4", "5", "6", "9")),  # Kuwait
    "966": ((9,), ("5",)),  # Saudi Arabia
    "971": ((9,), ("5",)),  # UAE
    "973": ((8,), ("3", "6")),  # Bahrain
    "974": ((8,), ("3", "5", "6", "7")),  # Qatar
    "968": ((8,), ("7", "9")),  # Oman
    # Levant
    "962": ((9,), ("7",)),  # Jordan
    "961": ((7, 8), ("3", "7", "8")),  # Lebanon
    "970": ((9,), ("5",)),  # Palestine
    "964": ((10,), ("7",)),  # Iraq
    "963": ((9,), ("9",)),  # Syria
    # Other Arab
    "967": ((9,), ("7",)),  # Yemen
    "20": ((10,), ("1",)),  # Egypt
    "218": ((9,), ("9",)),  # Libya
    "216": ((8,), ("2", "4", "5", "9")),  # Tunisia
    "212": ((9,), ("6", "7")),  # Morocco
    "213": ((9,), ("5", "6", "7")),  # Algeria
    "249": ((9,), ("9",)),  # Sudan
    # Non-Arab Middle East
    "98": ((10,), ("9",)),  # Iran
    "90": ((10,), ("5",)),  # Turkey
    "972": ((9,), ("5",)),  # Israel
    # South Asia
    "91": ((10,), ("6", "7", "8", "9")),  # India
    "92": ((10,), ("3",)),  # Pakistan
    "880": ((10,), ("1",)),  # Bangladesh
    "94": ((9,), ("7",)),  # Sri Lanka
    "960": ((7,), ("7", "9")),  # Maldives
    # East Asia
    "86": ((11,), ("1",)),  # China
    "81": ((10,), ("7", "8", "9")),  # Japan
    "82": ((10,), ("1",)),  # South Korea
    "886": ((9,), ("9",)),  # Taiwan
    # Southeast Asia
    "65": ((8,), ("8", "9")),  # Singapore
    "60": ((9, 10), ("1",)),  # Malaysia
    "62": ((9, 10, 11, 12), ("8",)),  # Indonesia
    "63": ((10,), ("9",)),  # Philippines
    "66": ((9,), ("6", "8", "9")),  # Thailand
    "84": ((9,), ("3", "5", "7", "8", "9")),  # Vietnam
    "95": ((9,), ("9",)),  # Myanmar
    "855": ((8, 9), ("1", "6", "7", "8", "9")),  # Cambodia
    "976": ((8,), ("6", "8", "9")),  # Mongolia
    # Europe
    "44": ((10,), ("7",)),  # UK
    "33": ((9,), ("6", "7")),  # France
    "49": ((10, 11), ("1",)),  # Germany
    "39": ((10,), ("3",)),  # Italy
    "34": ((9,), ("6", "7")),  # Spain
    "31": ((9,), ("6",)),  # Netherlands
    "32": ((9,), ()),  # Belgium
    "41": ((9,), ("7",)),  # Switzerland
    "43": ((10,), ("6",)),  # Austria
    "47": ((8,), ("4", "9")),  # Norway
    "48": ((9,), ()),  # Poland
    "30": ((10,), ("6",)),  # Greece
    "420": ((9,), ("6", "7")),  # Czech Republic
    "46": ((9,), ("7",)),  # Sweden
    "45": ((8,), ()),  # Denmark
    "40": ((9,), ("7",)),  # Romania
    "36": ((9,), ()),  # Hungary
    "380": ((9,), ()),  # Ukraine
    # Americas
    "1": ((10,), ()),  # USA/Canada
    "52": ((10,), ()),  # Mexico
    "55": ((11,), ()),  # Brazil
    "57": ((10,), ("3",)),  # Colombia
    "54": ((10,), ("9",)),  # Argentina
    "56": ((9,), ("9",)),  # Chile
    "58": ((10,), ("4",)),  # Venezuela
    "51": ((9,), ("9",)),  # Peru
    "593": ((9,), ("9",)),  # Ecuador
    "53": ((8,), ("5", "6")),  # Cuba
    # Africa
    "27": ((9,), ("6", "7", "8")),  # South Africa
    "234": ((10,), ("7", "8", "9")),  # Nigeria
    "254": ((9,), ("1", "7")),  # Kenya
    "233": ((9,), ("2", "5")),  # Ghana
    "251": ((9,), ("7", "9")),  # Ethiopia
    "255": ((9,), ("6", "7")),  # Tanzania
    "256": ((9,), ("7",)),  # Uganda
    "237": ((9,), ("6",)),  # Cameroon
    "225": ((10,), ()),  # Ivory Coast
    "221": ((9,), ("7",)),  # Senegal
    "252": ((9,), ("6", "7")),  # Somalia
    "250": ((9,), ("7",)),  # Rwanda
    # Oceania
    "61": ((9,), ("4",)),  # Australia
    "64": ((8, 9, 10), ("2",)),  # New Zealand
}

# code: (English name used in sentences, full English name, Arabic name)
COUNTRY_NAMES: dict[str, tuple[str, str, str]] = {
    "965": ("Kuwait", "Kuwait", "الكويت"),
    "966": ("Saudi Arabia", "Saudi Arabia", "السعودية"),
    "971": ("UAE", "United Arab Emirates", "الإمارات"),
    "973": ("Bahrain", "Bahrain", "البحرين"),
    "974": ("Qatar", "Qatar", "قطر"),
    "968": ("Oman", "Oman", "عُمان"),
    "962": ("Jordan", "Jordan", "الأردن"),
    "961": ("Lebanon", "Lebanon", "لبنان"),
    "970": ("Palestine", "Palestine", "فلسطين"),
    "964": ("Iraq", "Iraq", "العراق"),
    "963": ("Syria", "Syria", "سوريا"),
    "967": ("Yemen", "Yemen", "اليمن"),
    "20": ("Egypt", "Egypt", "مصر"),
    "218": ("Libya", "Libya", "ليبيا"),
    "216": ("Tunisia", "Tunisia", "تونس"),
    "212": ("Morocco", "Morocco", "المغرب"),
    "213": ("Algeria", "Algeria", "الجزائر"),
    "249": ("Sudan", "Sudan", "السودان"),
    "98": ("Iran", "Iran", "إيران"),
    "90": ("Turkey", "Turkey", "تركيا"),
    "972": ("Israel", "Israel", "إسرائيل"),
    "91": ("India", "India", "الهند"),
    "92": ("Pakistan", "Pakistan", "باكستان"),
    "880": ("Bangladesh", "Bangladesh", "بنغلاديش"),
    "94": ("Sri Lanka", "Sri Lanka", "سريلانكا"),
    "960": ("Maldives", "Maldives", "جزر المالديف"),
    "86": ("China", "China", "الصين"),
    "81": ("Japan", "Japan", "اليابان"),
    "82": ("South Korea", "South Korea", "كوريا الجنوبية"),
    "886": ("Taiwan", "Taiwan", "تايوان"),
    "65": ("Singapore", "Singapore", "سنغافورة"),
    "60": ("Malaysia", "Malaysia", "ماليزيا"),
    "62": ("Indonesia", "Indonesia", "إندونيسيا"),
    "63": ("Philippines", "Philippines", "الفلبين"),
    "66": ("Thailand", "Thailand", "تايلاند"),
    "84": ("Vietnam", "Vietnam", "فيتنام"),
    "95": ("Myanmar", "Myanmar", "ميانمار"),
    "855": ("Cambodia", "Cambodia", "كمبوديا"),
    "976": ("Mongolia", "Mongolia", "منغوليا"),
    "44": ("UK", "United Kingdom", "المملكة المتحدة"),
    "33": ("France", "France", "فرنسا"),
    "49": ("Germany", "Germany", "ألمانيا"),
    "39": ("Italy", "Italy", "إيطاليا"),
    "34": ("Spain", "Spain", "إسبانيا"),
    "31": ("Netherlands", "Netherlands", "هولندا"),
    "32": ("Belgium", "Belgium", "بلجيكا"),
    "41": ("Switzerland", "Switzerland", "سويسرا"),
    "43": ("Austria", "Austria", "النمسا"),
    "47": ("Norway", "Norway", "النرويج"),
    "48": ("Poland", "Poland", "بولندا"),
    "30": ("Greece", "Greece", "اليونان"),
    "420": ("Czech Republic", "Czech Republic", "التشيك"),
    "46": ("Sweden", "Sweden", "السويد"),
    "45": ("Denmark", "Denmark", "الدنمارك"),
    "40": ("Romania", "Romania", "رومانيا"),
    "36": ("Hungary", "Hungary", "المجر"),
    "380": ("Ukraine", "Ukraine", "أوكرانيا"),
    "1": ("USA/Canada", "United States / Canada", "الولايات المتحدة / كندا"),
    "52": ("Mexico", "Mexico", "المكسيك"),
    "55": ("Brazil", "Brazil", "البرازيل"),
    "57": ("Colombia", "Colombia", "كولومبيا"),
    "54": ("Argentina", "Argentina", "الأرجنتين"),
    "56": ("Chile", "Chile", "تشيلي"),
    "58": ("Venezuela", "Venezuela", "فنزويلا"),
    "51": ("Peru", "Peru", "بيرو"),
    "593": ("Ecuador", "Ecuador", "الإكوادور"),
    "53": ("Cuba", "Cuba", "كوبا"),
    "27": ("South Africa", "South Africa", "جنوب أفريقيا"),
    "234": ("Nigeria", "Nigeria", "نيجيريا"),
    "254": ("Kenya", "Kenya", "كينيا"),
    "233": ("Ghana", "Ghana", "غانا"),
    "251": ("Ethiopia", "Ethiopia", "إثيوبيا"),
    "255": ("Tanzania", "Tanzania", "تنزانيا"),
    "256": ("Uganda", "Uganda", "أوغندا"),
    "237": ("Cameroon", "Cameroon", "الكاميرون"),
    "225": ("Ivory Coast", "Ivory Coast", "ساحل العاج"),
    "221": ("Senegal", "Senegal", "السنغال"),
    "252": ("Somalia", "Somalia", "الصومال"),
    "250": ("Rwanda", "Rwanda", "رواندا"),
    "61": ("Australia", "Australia", "أستراليا"),
    "64": ("New Zealand", "New Zealand", "نيوزيلندا"),
}
