// GENERATED FILE — do not edit. Made by `ibid-gen charwidth` (Sources/ibid-gen) from glibc 2.36's
// `wcwidth` under C.UTF-8, every code point from U+0300 to U+10FFFF.
// Regenerate: swift run ibid-gen charwidth > Sources/IbidReader/Text/CharWidthTable.swift
// `GeneratedTablesTests` fails when this file and the generator's output differ.

extension CharWidth {
    /// Every maximal run of code points from U+0300 up whose width is not 1, in order:
    /// glibc 2.36 `wcwidth` under `C.UTF-8`, controls at -1 taken as 0, other -1s as 1.
    /// The comments are the Unicode names of each run's first and last code point.
    static let ranges: [WidthRange] = [
        .init(0x0300, 0x036F, 0),       // combining grave accent … combining latin small letter x
        .init(0x0483, 0x0489, 0),       // combining cyrillic titlo … combining cyrillic millions sign
        .init(0x0591, 0x05BD, 0),       // hebrew accent etnahta … hebrew point meteg
        .init(0x05BF, 0x05BF, 0),       // hebrew point rafe
        .init(0x05C1, 0x05C2, 0),       // hebrew point shin dot … hebrew point sin dot
        .init(0x05C4, 0x05C5, 0),       // hebrew mark upper dot … hebrew mark lower dot
        .init(0x05C7, 0x05C7, 0),       // hebrew point qamats qatan
        .init(0x0610, 0x061A, 0),       // arabic sign sallallahou alayhe wa… … arabic small kasra
        .init(0x061C, 0x061C, 0),       // arabic letter mark
        .init(0x064B, 0x065F, 0),       // arabic fathatan … arabic wavy hamza below
        .init(0x0670, 0x0670, 0),       // arabic letter superscript alef
        .init(0x06D6, 0x06DC, 0),       // arabic small high ligature sad wi… … arabic small high seen
        .init(0x06DF, 0x06E4, 0),       // arabic small high rounded zero … arabic small high madda
        .init(0x06E7, 0x06E8, 0),       // arabic small high yeh … arabic small high noon
        .init(0x06EA, 0x06ED, 0),       // arabic empty centre low stop … arabic small low meem
        .init(0x0711, 0x0711, 0),       // syriac letter superscript alaph
        .init(0x0730, 0x074A, 0),       // syriac pthaha above … syriac barrekh
        .init(0x07A6, 0x07B0, 0),       // thaana abafili … thaana sukun
        .init(0x07EB, 0x07F3, 0),       // nko combining short high tone … nko combining double dot above
        .init(0x07FD, 0x07FD, 0),       // nko dantayalan
        .init(0x0816, 0x0819, 0),       // samaritan mark in … samaritan mark dagesh
        .init(0x081B, 0x0823, 0),       // samaritan mark epenthetic yut … samaritan vowel sign a
        .init(0x0825, 0x0827, 0),       // samaritan vowel sign short a … samaritan vowel sign u
        .init(0x0829, 0x082D, 0),       // samaritan vowel sign long i … samaritan mark nequdaa
        .init(0x0859, 0x085B, 0),       // mandaic affrication mark … mandaic gemination mark
        .init(0x0898, 0x089F, 0),       // arabic small high word al-juz … arabic half madda over madda
        .init(0x08CA, 0x08E1, 0),       // arabic small high farsi yeh … arabic small high sign safha
        .init(0x08E3, 0x0902, 0),       // arabic turned damma below … devanagari sign anusvara
        .init(0x093A, 0x093A, 0),       // devanagari vowel sign oe
        .init(0x093C, 0x093C, 0),       // devanagari sign nukta
        .init(0x0941, 0x0948, 0),       // devanagari vowel sign u … devanagari vowel sign ai
        .init(0x094D, 0x094D, 0),       // devanagari sign virama
        .init(0x0951, 0x0957, 0),       // devanagari stress sign udatta … devanagari vowel sign uue
        .init(0x0962, 0x0963, 0),       // devanagari vowel sign vocalic l … devanagari vowel sign vocalic ll
        .init(0x0981, 0x0981, 0),       // bengali sign candrabindu
        .init(0x09BC, 0x09BC, 0),       // bengali sign nukta
        .init(0x09C1, 0x09C4, 0),       // bengali vowel sign u … bengali vowel sign vocalic rr
        .init(0x09CD, 0x09CD, 0),       // bengali sign virama
        .init(0x09E2, 0x09E3, 0),       // bengali vowel sign vocalic l … bengali vowel sign vocalic ll
        .init(0x09FE, 0x09FE, 0),       // bengali sandhi mark
        .init(0x0A01, 0x0A02, 0),       // gurmukhi sign adak bindi … gurmukhi sign bindi
        .init(0x0A3C, 0x0A3C, 0),       // gurmukhi sign nukta
        .init(0x0A41, 0x0A42, 0),       // gurmukhi vowel sign u … gurmukhi vowel sign uu
        .init(0x0A47, 0x0A48, 0),       // gurmukhi vowel sign ee … gurmukhi vowel sign ai
        .init(0x0A4B, 0x0A4D, 0),       // gurmukhi vowel sign oo … gurmukhi sign virama
        .init(0x0A51, 0x0A51, 0),       // gurmukhi sign udaat
        .init(0x0A70, 0x0A71, 0),       // gurmukhi tippi … gurmukhi addak
        .init(0x0A75, 0x0A75, 0),       // gurmukhi sign yakash
        .init(0x0A81, 0x0A82, 0),       // gujarati sign candrabindu … gujarati sign anusvara
        .init(0x0ABC, 0x0ABC, 0),       // gujarati sign nukta
        .init(0x0AC1, 0x0AC5, 0),       // gujarati vowel sign u … gujarati vowel sign candra e
        .init(0x0AC7, 0x0AC8, 0),       // gujarati vowel sign e … gujarati vowel sign ai
        .init(0x0ACD, 0x0ACD, 0),       // gujarati sign virama
        .init(0x0AE2, 0x0AE3, 0),       // gujarati vowel sign vocalic l … gujarati vowel sign vocalic ll
        .init(0x0AFA, 0x0AFF, 0),       // gujarati sign sukun … gujarati sign two-circle nukta ab…
        .init(0x0B01, 0x0B01, 0),       // oriya sign candrabindu
        .init(0x0B3C, 0x0B3C, 0),       // oriya sign nukta
        .init(0x0B3F, 0x0B3F, 0),       // oriya vowel sign i
        .init(0x0B41, 0x0B44, 0),       // oriya vowel sign u … oriya vowel sign vocalic rr
        .init(0x0B4D, 0x0B4D, 0),       // oriya sign virama
        .init(0x0B55, 0x0B56, 0),       // oriya sign overline … oriya ai length mark
        .init(0x0B62, 0x0B63, 0),       // oriya vowel sign vocalic l … oriya vowel sign vocalic ll
        .init(0x0B82, 0x0B82, 0),       // tamil sign anusvara
        .init(0x0BC0, 0x0BC0, 0),       // tamil vowel sign ii
        .init(0x0BCD, 0x0BCD, 0),       // tamil sign virama
        .init(0x0C00, 0x0C00, 0),       // telugu sign combining candrabindu…
        .init(0x0C04, 0x0C04, 0),       // telugu sign combining anusvara ab…
        .init(0x0C3C, 0x0C3C, 0),       // telugu sign nukta
        .init(0x0C3E, 0x0C40, 0),       // telugu vowel sign aa … telugu vowel sign ii
        .init(0x0C46, 0x0C48, 0),       // telugu vowel sign e … telugu vowel sign ai
        .init(0x0C4A, 0x0C4D, 0),       // telugu vowel sign o … telugu sign virama
        .init(0x0C55, 0x0C56, 0),       // telugu length mark … telugu ai length mark
        .init(0x0C62, 0x0C63, 0),       // telugu vowel sign vocalic l … telugu vowel sign vocalic ll
        .init(0x0C81, 0x0C81, 0),       // kannada sign candrabindu
        .init(0x0CBC, 0x0CBC, 0),       // kannada sign nukta
        .init(0x0CBF, 0x0CBF, 0),       // kannada vowel sign i
        .init(0x0CC6, 0x0CC6, 0),       // kannada vowel sign e
        .init(0x0CCC, 0x0CCD, 0),       // kannada vowel sign au … kannada sign virama
        .init(0x0CE2, 0x0CE3, 0),       // kannada vowel sign vocalic l … kannada vowel sign vocalic ll
        .init(0x0D00, 0x0D01, 0),       // malayalam sign combining anusvara… … malayalam sign candrabindu
        .init(0x0D3B, 0x0D3C, 0),       // malayalam sign vertical bar virama … malayalam sign circular virama
        .init(0x0D41, 0x0D44, 0),       // malayalam vowel sign u … malayalam vowel sign vocalic rr
        .init(0x0D4D, 0x0D4D, 0),       // malayalam sign virama
        .init(0x0D62, 0x0D63, 0),       // malayalam vowel sign vocalic l … malayalam vowel sign vocalic ll
        .init(0x0D81, 0x0D81, 0),       // sinhala sign candrabindu
        .init(0x0DCA, 0x0DCA, 0),       // sinhala sign al-lakuna
        .init(0x0DD2, 0x0DD4, 0),       // sinhala vowel sign ketti is-pilla … sinhala vowel sign ketti paa-pilla
        .init(0x0DD6, 0x0DD6, 0),       // sinhala vowel sign diga paa-pilla
        .init(0x0E31, 0x0E31, 0),       // thai character mai han-akat
        .init(0x0E34, 0x0E3A, 0),       // thai character sara i … thai character phinthu
        .init(0x0E47, 0x0E4E, 0),       // thai character maitaikhu … thai character yamakkan
        .init(0x0EB1, 0x0EB1, 0),       // lao vowel sign mai kan
        .init(0x0EB4, 0x0EBC, 0),       // lao vowel sign i … lao semivowel sign lo
        .init(0x0EC8, 0x0ECD, 0),       // lao tone mai ek … lao niggahita
        .init(0x0F18, 0x0F19, 0),       // tibetan astrological sign -khyud … … tibetan astrological sign sdong t…
        .init(0x0F35, 0x0F35, 0),       // tibetan mark ngas bzung nyi zla
        .init(0x0F37, 0x0F37, 0),       // tibetan mark ngas bzung sgor rtags
        .init(0x0F39, 0x0F39, 0),       // tibetan mark tsa -phru
        .init(0x0F71, 0x0F7E, 0),       // tibetan vowel sign aa … tibetan sign rjes su nga ro
        .init(0x0F80, 0x0F84, 0),       // tibetan vowel sign reversed i … tibetan mark halanta
        .init(0x0F86, 0x0F87, 0),       // tibetan sign lci rtags … tibetan sign yang rtags
        .init(0x0F8D, 0x0F97, 0),       // tibetan subjoined sign lce tsa can … tibetan subjoined letter ja
        .init(0x0F99, 0x0FBC, 0),       // tibetan subjoined letter nya … tibetan subjoined letter fixed-fo…
        .init(0x0FC6, 0x0FC6, 0),       // tibetan symbol padma gdan
        .init(0x102D, 0x1030, 0),       // myanmar vowel sign i … myanmar vowel sign uu
        .init(0x1032, 0x1037, 0),       // myanmar vowel sign ai … myanmar sign dot below
        .init(0x1039, 0x103A, 0),       // myanmar sign virama … myanmar sign asat
        .init(0x103D, 0x103E, 0),       // myanmar consonant sign medial wa … myanmar consonant sign medial ha
        .init(0x1058, 0x1059, 0),       // myanmar vowel sign vocalic l … myanmar vowel sign vocalic ll
        .init(0x105E, 0x1060, 0),       // myanmar consonant sign mon medial… … myanmar consonant sign mon medial…
        .init(0x1071, 0x1074, 0),       // myanmar vowel sign geba karen i … myanmar vowel sign kayah ee
        .init(0x1082, 0x1082, 0),       // myanmar consonant sign shan media…
        .init(0x1085, 0x1086, 0),       // myanmar vowel sign shan e above … myanmar vowel sign shan final y
        .init(0x108D, 0x108D, 0),       // myanmar sign shan council emphati…
        .init(0x109D, 0x109D, 0),       // myanmar vowel sign aiton ai
        .init(0x1100, 0x115F, 2),       // hangul choseong kiyeok … hangul choseong filler
        .init(0x1160, 0x11FF, 0),       // hangul jungseong filler … hangul jongseong ssangnieun
        .init(0x135D, 0x135F, 0),       // ethiopic combining gemination and… … ethiopic combining gemination mark
        .init(0x1712, 0x1714, 0),       // tagalog vowel sign i … tagalog sign virama
        .init(0x1732, 0x1733, 0),       // hanunoo vowel sign i … hanunoo vowel sign u
        .init(0x1752, 0x1753, 0),       // buhid vowel sign i … buhid vowel sign u
        .init(0x1772, 0x1773, 0),       // tagbanwa vowel sign i … tagbanwa vowel sign u
        .init(0x17B4, 0x17B5, 0),       // khmer vowel inherent aq … khmer vowel inherent aa
        .init(0x17B7, 0x17BD, 0),       // khmer vowel sign i … khmer vowel sign ua
        .init(0x17C6, 0x17C6, 0),       // khmer sign nikahit
        .init(0x17C9, 0x17D3, 0),       // khmer sign muusikatoan … khmer sign bathamasat
        .init(0x17DD, 0x17DD, 0),       // khmer sign atthacan
        .init(0x180B, 0x180F, 0),       // mongolian free variation selector… … mongolian free variation selector…
        .init(0x1885, 0x1886, 0),       // mongolian letter ali gali baluda … mongolian letter ali gali three b…
        .init(0x18A9, 0x18A9, 0),       // mongolian letter ali gali dagalga
        .init(0x1920, 0x1922, 0),       // limbu vowel sign a … limbu vowel sign u
        .init(0x1927, 0x1928, 0),       // limbu vowel sign e … limbu vowel sign o
        .init(0x1932, 0x1932, 0),       // limbu small letter anusvara
        .init(0x1939, 0x193B, 0),       // limbu sign mukphreng … limbu sign sa-i
        .init(0x1A17, 0x1A18, 0),       // buginese vowel sign i … buginese vowel sign u
        .init(0x1A1B, 0x1A1B, 0),       // buginese vowel sign ae
        .init(0x1A56, 0x1A56, 0),       // tai tham consonant sign medial la
        .init(0x1A58, 0x1A5E, 0),       // tai tham sign mai kang lai … tai tham consonant sign sa
        .init(0x1A60, 0x1A60, 0),       // tai tham sign sakot
        .init(0x1A62, 0x1A62, 0),       // tai tham vowel sign mai sat
        .init(0x1A65, 0x1A6C, 0),       // tai tham vowel sign i … tai tham vowel sign oa below
        .init(0x1A73, 0x1A7C, 0),       // tai tham vowel sign oa above … tai tham sign khuen-lue karan
        .init(0x1A7F, 0x1A7F, 0),       // tai tham combining cryptogrammic …
        .init(0x1AB0, 0x1ACE, 0),       // combining doubled circumflex acce… … combining latin small letter insu…
        .init(0x1B00, 0x1B03, 0),       // balinese sign ulu ricem … balinese sign surang
        .init(0x1B34, 0x1B34, 0),       // balinese sign rerekan
        .init(0x1B36, 0x1B3A, 0),       // balinese vowel sign ulu … balinese vowel sign ra repa
        .init(0x1B3C, 0x1B3C, 0),       // balinese vowel sign la lenga
        .init(0x1B42, 0x1B42, 0),       // balinese vowel sign pepet
        .init(0x1B6B, 0x1B73, 0),       // balinese musical symbol combining… … balinese musical symbol combining…
        .init(0x1B80, 0x1B81, 0),       // sundanese sign panyecek … sundanese sign panglayar
        .init(0x1BA2, 0x1BA5, 0),       // sundanese consonant sign panyakra … sundanese vowel sign panyuku
        .init(0x1BA8, 0x1BA9, 0),       // sundanese vowel sign pamepet … sundanese vowel sign paneuleung
        .init(0x1BAB, 0x1BAD, 0),       // sundanese sign virama … sundanese consonant sign pasangan…
        .init(0x1BE6, 0x1BE6, 0),       // batak sign tompi
        .init(0x1BE8, 0x1BE9, 0),       // batak vowel sign pakpak e … batak vowel sign ee
        .init(0x1BED, 0x1BED, 0),       // batak vowel sign karo o
        .init(0x1BEF, 0x1BF1, 0),       // batak vowel sign u for simalungun… … batak consonant sign h
        .init(0x1C2C, 0x1C33, 0),       // lepcha vowel sign e … lepcha consonant sign t
        .init(0x1C36, 0x1C37, 0),       // lepcha sign ran … lepcha sign nukta
        .init(0x1CD0, 0x1CD2, 0),       // vedic tone karshana … vedic tone prenkha
        .init(0x1CD4, 0x1CE0, 0),       // vedic sign yajurvedic midline sva… … vedic tone rigvedic kashmiri inde…
        .init(0x1CE2, 0x1CE8, 0),       // vedic sign visarga svarita … vedic sign visarga anudatta with …
        .init(0x1CED, 0x1CED, 0),       // vedic sign tiryak
        .init(0x1CF4, 0x1CF4, 0),       // vedic tone candra above
        .init(0x1CF8, 0x1CF9, 0),       // vedic tone ring above … vedic tone double ring above
        .init(0x1DC0, 0x1DFF, 0),       // combining dotted grave accent … combining right arrowhead and dow…
        .init(0x200B, 0x200F, 0),       // zero width space … right-to-left mark
        .init(0x202A, 0x202E, 0),       // left-to-right embedding … right-to-left override
        .init(0x2060, 0x2064, 0),       // word joiner … invisible plus
        .init(0x2066, 0x206F, 0),       // left-to-right isolate … nominal digit shapes
        .init(0x20D0, 0x20F0, 0),       // combining left harpoon above … combining asterisk above
        .init(0x231A, 0x231B, 2),       // watch … hourglass
        .init(0x2329, 0x232A, 2),       // left-pointing angle bracket … right-pointing angle bracket
        .init(0x23E9, 0x23EC, 2),       // black right-pointing double trian… … black down-pointing double triang…
        .init(0x23F0, 0x23F0, 2),       // alarm clock
        .init(0x23F3, 0x23F3, 2),       // hourglass with flowing sand
        .init(0x25FD, 0x25FE, 2),       // white medium small square … black medium small square
        .init(0x2614, 0x2615, 2),       // umbrella with rain drops … hot beverage
        .init(0x2648, 0x2653, 2),       // aries … pisces
        .init(0x267F, 0x267F, 2),       // wheelchair symbol
        .init(0x2693, 0x2693, 2),       // anchor
        .init(0x26A1, 0x26A1, 2),       // high voltage sign
        .init(0x26AA, 0x26AB, 2),       // medium white circle … medium black circle
        .init(0x26BD, 0x26BE, 2),       // soccer ball … baseball
        .init(0x26C4, 0x26C5, 2),       // snowman without snow … sun behind cloud
        .init(0x26CE, 0x26CE, 2),       // ophiuchus
        .init(0x26D4, 0x26D4, 2),       // no entry
        .init(0x26EA, 0x26EA, 2),       // church
        .init(0x26F2, 0x26F3, 2),       // fountain … flag in hole
        .init(0x26F5, 0x26F5, 2),       // sailboat
        .init(0x26FA, 0x26FA, 2),       // tent
        .init(0x26FD, 0x26FD, 2),       // fuel pump
        .init(0x2705, 0x2705, 2),       // white heavy check mark
        .init(0x270A, 0x270B, 2),       // raised fist … raised hand
        .init(0x2728, 0x2728, 2),       // sparkles
        .init(0x274C, 0x274C, 2),       // cross mark
        .init(0x274E, 0x274E, 2),       // negative squared cross mark
        .init(0x2753, 0x2755, 2),       // black question mark ornament … white exclamation mark ornament
        .init(0x2757, 0x2757, 2),       // heavy exclamation mark symbol
        .init(0x2795, 0x2797, 2),       // heavy plus sign … heavy division sign
        .init(0x27B0, 0x27B0, 2),       // curly loop
        .init(0x27BF, 0x27BF, 2),       // double curly loop
        .init(0x2B1B, 0x2B1C, 2),       // black large square … white large square
        .init(0x2B50, 0x2B50, 2),       // white medium star
        .init(0x2B55, 0x2B55, 2),       // heavy large circle
        .init(0x2CEF, 0x2CF1, 0),       // coptic combining ni above … coptic combining spiritus lenis
        .init(0x2D7F, 0x2D7F, 0),       // tifinagh consonant joiner
        .init(0x2DE0, 0x2DFF, 0),       // combining cyrillic letter be … combining cyrillic letter iotifie…
        .init(0x2E80, 0x2E99, 2),       // cjk radical repeat … cjk radical rap
        .init(0x2E9B, 0x2EF3, 2),       // cjk radical choke … cjk radical c-simplified turtle
        .init(0x2F00, 0x2FD5, 2),       // kangxi radical one … kangxi radical flute
        .init(0x2FF0, 0x2FFB, 2),       // ideographic description character… … ideographic description character…
        .init(0x3000, 0x3029, 2),       // ideographic space … hangzhou numeral nine
        .init(0x302A, 0x302D, 0),       // ideographic level tone mark … ideographic entering tone mark
        .init(0x302E, 0x303E, 2),       // hangul single dot tone mark … ideographic variation indicator
        .init(0x3041, 0x3096, 2),       // hiragana letter small a … hiragana letter small ke
        .init(0x3099, 0x309A, 0),       // combining katakana-hiragana voice… … combining katakana-hiragana semi-…
        .init(0x309B, 0x30FF, 2),       // katakana-hiragana voiced sound ma… … katakana digraph koto
        .init(0x3105, 0x312F, 2),       // bopomofo letter b … bopomofo letter nn
        .init(0x3131, 0x318E, 2),       // hangul letter kiyeok … hangul letter araeae
        .init(0x3190, 0x31E3, 2),       // ideographic annotation linking ma… … cjk stroke q
        .init(0x31F0, 0x321E, 2),       // katakana letter small ku … parenthesized korean character o …
        .init(0x3220, 0xA48C, 2),       // parenthesized ideograph one … yi syllable yyr
        .init(0xA490, 0xA4C6, 2),       // yi radical qot … yi radical ke
        .init(0xA66F, 0xA672, 0),       // combining cyrillic vzmet … combining cyrillic thousand milli…
        .init(0xA674, 0xA67D, 0),       // combining cyrillic letter ukraini… … combining cyrillic payerok
        .init(0xA69E, 0xA69F, 0),       // combining cyrillic letter ef … combining cyrillic letter iotifie…
        .init(0xA6F0, 0xA6F1, 0),       // bamum combining mark koqndon … bamum combining mark tukwentis
        .init(0xA802, 0xA802, 0),       // syloti nagri sign dvisvara
        .init(0xA806, 0xA806, 0),       // syloti nagri sign hasanta
        .init(0xA80B, 0xA80B, 0),       // syloti nagri sign anusvara
        .init(0xA825, 0xA826, 0),       // syloti nagri vowel sign u … syloti nagri vowel sign e
        .init(0xA82C, 0xA82C, 0),       // syloti nagri sign alternate hasan…
        .init(0xA8C4, 0xA8C5, 0),       // saurashtra sign virama … saurashtra sign candrabindu
        .init(0xA8E0, 0xA8F1, 0),       // combining devanagari digit zero … combining devanagari sign avagraha
        .init(0xA8FF, 0xA8FF, 0),       // devanagari vowel sign ay
        .init(0xA926, 0xA92D, 0),       // kayah li vowel ue … kayah li tone calya plophu
        .init(0xA947, 0xA951, 0),       // rejang vowel sign i … rejang consonant sign r
        .init(0xA960, 0xA97C, 2),       // hangul choseong tikeut-mieum … hangul choseong ssangyeorinhieuh
        .init(0xA980, 0xA982, 0),       // javanese sign panyangga … javanese sign layar
        .init(0xA9B3, 0xA9B3, 0),       // javanese sign cecak telu
        .init(0xA9B6, 0xA9B9, 0),       // javanese vowel sign wulu … javanese vowel sign suku mendut
        .init(0xA9BC, 0xA9BD, 0),       // javanese vowel sign pepet … javanese consonant sign keret
        .init(0xA9E5, 0xA9E5, 0),       // myanmar sign shan saw
        .init(0xAA29, 0xAA2E, 0),       // cham vowel sign aa … cham vowel sign oe
        .init(0xAA31, 0xAA32, 0),       // cham vowel sign au … cham vowel sign ue
        .init(0xAA35, 0xAA36, 0),       // cham consonant sign la … cham consonant sign wa
        .init(0xAA43, 0xAA43, 0),       // cham consonant sign final ng
        .init(0xAA4C, 0xAA4C, 0),       // cham consonant sign final m
        .init(0xAA7C, 0xAA7C, 0),       // myanmar sign tai laing tone-2
        .init(0xAAB0, 0xAAB0, 0),       // tai viet mai kang
        .init(0xAAB2, 0xAAB4, 0),       // tai viet vowel i … tai viet vowel u
        .init(0xAAB7, 0xAAB8, 0),       // tai viet mai khit … tai viet vowel ia
        .init(0xAABE, 0xAABF, 0),       // tai viet vowel am … tai viet tone mai ek
        .init(0xAAC1, 0xAAC1, 0),       // tai viet tone mai tho
        .init(0xAAEC, 0xAAED, 0),       // meetei mayek vowel sign uu … meetei mayek vowel sign aai
        .init(0xAAF6, 0xAAF6, 0),       // meetei mayek virama
        .init(0xABE5, 0xABE5, 0),       // meetei mayek vowel sign anap
        .init(0xABE8, 0xABE8, 0),       // meetei mayek vowel sign unap
        .init(0xABED, 0xABED, 0),       // meetei mayek apun iyek
        .init(0xAC00, 0xD7A3, 2),       // hangul syllable ga … hangul syllable hih
        .init(0xD7B0, 0xD7C6, 0),       // hangul jungseong o-yeo … hangul jungseong araea-e
        .init(0xD7CB, 0xD7FB, 0),       // hangul jongseong nieun-rieul … hangul jongseong phieuph-thieuth
        .init(0xF900, 0xFA6D, 2),       // cjk compatibility ideograph-f900 … cjk compatibility ideograph-fa6d
        .init(0xFA70, 0xFAD9, 2),       // cjk compatibility ideograph-fa70 … cjk compatibility ideograph-fad9
        .init(0xFB1E, 0xFB1E, 0),       // hebrew point judeo-spanish varika
        .init(0xFE00, 0xFE0F, 0),       // variation selector-1 … variation selector-16
        .init(0xFE10, 0xFE19, 2),       // presentation form for vertical co… … presentation form for vertical ho…
        .init(0xFE20, 0xFE2F, 0),       // combining ligature left half … combining cyrillic titlo right ha…
        .init(0xFE30, 0xFE52, 2),       // presentation form for vertical tw… … small full stop
        .init(0xFE54, 0xFE66, 2),       // small semicolon … small equals sign
        .init(0xFE68, 0xFE6B, 2),       // small reverse solidus … small commercial at
        .init(0xFEFF, 0xFEFF, 0),       // zero width no-break space
        .init(0xFF01, 0xFF60, 2),       // fullwidth exclamation mark … fullwidth right white parenthesis
        .init(0xFFE0, 0xFFE6, 2),       // fullwidth cent sign … fullwidth won sign
        .init(0xFFF9, 0xFFFB, 0),       // interlinear annotation anchor … interlinear annotation terminator
        .init(0x101FD, 0x101FD, 0),     // phaistos disc sign combining obli…
        .init(0x102E0, 0x102E0, 0),     // coptic epact thousands mark
        .init(0x10376, 0x1037A, 0),     // combining old permic letter an … combining old permic letter sii
        .init(0x10A01, 0x10A03, 0),     // kharoshthi vowel sign i … kharoshthi vowel sign vocalic r
        .init(0x10A05, 0x10A06, 0),     // kharoshthi vowel sign e … kharoshthi vowel sign o
        .init(0x10A0C, 0x10A0F, 0),     // kharoshthi vowel length mark … kharoshthi sign visarga
        .init(0x10A38, 0x10A3A, 0),     // kharoshthi sign bar above … kharoshthi sign dot below
        .init(0x10A3F, 0x10A3F, 0),     // kharoshthi virama
        .init(0x10AE5, 0x10AE6, 0),     // manichaean abbreviation mark above … manichaean abbreviation mark below
        .init(0x10D24, 0x10D27, 0),     // hanifi rohingya sign harbahay … hanifi rohingya sign tassi
        .init(0x10EAB, 0x10EAC, 0),     // yezidi combining hamza mark … yezidi combining madda mark
        .init(0x10F46, 0x10F50, 0),     // sogdian combining dot below … sogdian combining stroke below
        .init(0x10F82, 0x10F85, 0),     // old uyghur combining dot above … old uyghur combining two dots bel…
        .init(0x11001, 0x11001, 0),     // brahmi sign anusvara
        .init(0x11038, 0x11046, 0),     // brahmi vowel sign aa … brahmi virama
        .init(0x11070, 0x11070, 0),     // brahmi sign old tamil virama
        .init(0x11073, 0x11074, 0),     // brahmi vowel sign old tamil short… … brahmi vowel sign old tamil short…
        .init(0x1107F, 0x11081, 0),     // brahmi number joiner … kaithi sign anusvara
        .init(0x110B3, 0x110B6, 0),     // kaithi vowel sign u … kaithi vowel sign ai
        .init(0x110B9, 0x110BA, 0),     // kaithi sign virama … kaithi sign nukta
        .init(0x110C2, 0x110C2, 0),     // kaithi vowel sign vocalic r
        .init(0x11100, 0x11102, 0),     // chakma sign candrabindu … chakma sign visarga
        .init(0x11127, 0x1112B, 0),     // chakma vowel sign a … chakma vowel sign uu
        .init(0x1112D, 0x11134, 0),     // chakma vowel sign ai … chakma maayyaa
        .init(0x11173, 0x11173, 0),     // mahajani sign nukta
        .init(0x11180, 0x11181, 0),     // sharada sign candrabindu … sharada sign anusvara
        .init(0x111B6, 0x111BE, 0),     // sharada vowel sign u … sharada vowel sign o
        .init(0x111C9, 0x111CC, 0),     // sharada sandhi mark … sharada extra short vowel mark
        .init(0x111CF, 0x111CF, 0),     // sharada sign inverted candrabindu
        .init(0x1122F, 0x11231, 0),     // khojki vowel sign u … khojki vowel sign ai
        .init(0x11234, 0x11234, 0),     // khojki sign anusvara
        .init(0x11236, 0x11237, 0),     // khojki sign nukta … khojki sign shadda
        .init(0x1123E, 0x1123E, 0),     // khojki sign sukun
        .init(0x112DF, 0x112DF, 0),     // khudawadi sign anusvara
        .init(0x112E3, 0x112EA, 0),     // khudawadi vowel sign u … khudawadi sign virama
        .init(0x11300, 0x11301, 0),     // grantha sign combining anusvara a… … grantha sign candrabindu
        .init(0x1133B, 0x1133C, 0),     // combining bindu below … grantha sign nukta
        .init(0x11340, 0x11340, 0),     // grantha vowel sign ii
        .init(0x11366, 0x1136C, 0),     // combining grantha digit zero … combining grantha digit six
        .init(0x11370, 0x11374, 0),     // combining grantha letter a … combining grantha letter pa
        .init(0x11438, 0x1143F, 0),     // newa vowel sign u … newa vowel sign ai
        .init(0x11442, 0x11444, 0),     // newa sign virama … newa sign anusvara
        .init(0x11446, 0x11446, 0),     // newa sign nukta
        .init(0x1145E, 0x1145E, 0),     // newa sandhi mark
        .init(0x114B3, 0x114B8, 0),     // tirhuta vowel sign u … tirhuta vowel sign vocalic ll
        .init(0x114BA, 0x114BA, 0),     // tirhuta vowel sign short e
        .init(0x114BF, 0x114C0, 0),     // tirhuta sign candrabindu … tirhuta sign anusvara
        .init(0x114C2, 0x114C3, 0),     // tirhuta sign virama … tirhuta sign nukta
        .init(0x115B2, 0x115B5, 0),     // siddham vowel sign u … siddham vowel sign vocalic rr
        .init(0x115BC, 0x115BD, 0),     // siddham sign candrabindu … siddham sign anusvara
        .init(0x115BF, 0x115C0, 0),     // siddham sign virama … siddham sign nukta
        .init(0x115DC, 0x115DD, 0),     // siddham vowel sign alternate u … siddham vowel sign alternate uu
        .init(0x11633, 0x1163A, 0),     // modi vowel sign u … modi vowel sign ai
        .init(0x1163D, 0x1163D, 0),     // modi sign anusvara
        .init(0x1163F, 0x11640, 0),     // modi sign virama … modi sign ardhacandra
        .init(0x116AB, 0x116AB, 0),     // takri sign anusvara
        .init(0x116AD, 0x116AD, 0),     // takri vowel sign aa
        .init(0x116B0, 0x116B5, 0),     // takri vowel sign u … takri vowel sign au
        .init(0x116B7, 0x116B7, 0),     // takri sign nukta
        .init(0x1171D, 0x1171F, 0),     // ahom consonant sign medial la … ahom consonant sign medial ligati…
        .init(0x11722, 0x11725, 0),     // ahom vowel sign i … ahom vowel sign uu
        .init(0x11727, 0x1172B, 0),     // ahom vowel sign aw … ahom sign killer
        .init(0x1182F, 0x11837, 0),     // dogra vowel sign u … dogra sign anusvara
        .init(0x11839, 0x1183A, 0),     // dogra sign virama … dogra sign nukta
        .init(0x1193B, 0x1193C, 0),     // dives akuru sign anusvara … dives akuru sign candrabindu
        .init(0x1193E, 0x1193E, 0),     // dives akuru virama
        .init(0x11943, 0x11943, 0),     // dives akuru sign nukta
        .init(0x119D4, 0x119D7, 0),     // nandinagari vowel sign u … nandinagari vowel sign vocalic rr
        .init(0x119DA, 0x119DB, 0),     // nandinagari vowel sign e … nandinagari vowel sign ai
        .init(0x119E0, 0x119E0, 0),     // nandinagari sign virama
        .init(0x11A01, 0x11A0A, 0),     // zanabazar square vowel sign i … zanabazar square vowel length mark
        .init(0x11A33, 0x11A38, 0),     // zanabazar square final consonant … … zanabazar square sign anusvara
        .init(0x11A3B, 0x11A3E, 0),     // zanabazar square cluster-final le… … zanabazar square cluster-final le…
        .init(0x11A47, 0x11A47, 0),     // zanabazar square subjoiner
        .init(0x11A51, 0x11A56, 0),     // soyombo vowel sign i … soyombo vowel sign oe
        .init(0x11A59, 0x11A5B, 0),     // soyombo vowel sign vocalic r … soyombo vowel length mark
        .init(0x11A8A, 0x11A96, 0),     // soyombo final consonant sign g … soyombo sign anusvara
        .init(0x11A98, 0x11A99, 0),     // soyombo gemination mark … soyombo subjoiner
        .init(0x11C30, 0x11C36, 0),     // bhaiksuki vowel sign i … bhaiksuki vowel sign vocalic l
        .init(0x11C38, 0x11C3D, 0),     // bhaiksuki vowel sign e … bhaiksuki sign anusvara
        .init(0x11C3F, 0x11C3F, 0),     // bhaiksuki sign virama
        .init(0x11C92, 0x11CA7, 0),     // marchen subjoined letter ka … marchen subjoined letter za
        .init(0x11CAA, 0x11CB0, 0),     // marchen subjoined letter ra … marchen vowel sign aa
        .init(0x11CB2, 0x11CB3, 0),     // marchen vowel sign u … marchen vowel sign e
        .init(0x11CB5, 0x11CB6, 0),     // marchen sign anusvara … marchen sign candrabindu
        .init(0x11D31, 0x11D36, 0),     // masaram gondi vowel sign aa … masaram gondi vowel sign vocalic r
        .init(0x11D3A, 0x11D3A, 0),     // masaram gondi vowel sign e
        .init(0x11D3C, 0x11D3D, 0),     // masaram gondi vowel sign ai … masaram gondi vowel sign o
        .init(0x11D3F, 0x11D45, 0),     // masaram gondi vowel sign au … masaram gondi virama
        .init(0x11D47, 0x11D47, 0),     // masaram gondi ra-kara
        .init(0x11D90, 0x11D91, 0),     // gunjala gondi vowel sign ee … gunjala gondi vowel sign ai
        .init(0x11D95, 0x11D95, 0),     // gunjala gondi sign anusvara
        .init(0x11D97, 0x11D97, 0),     // gunjala gondi virama
        .init(0x11EF3, 0x11EF4, 0),     // makasar vowel sign i … makasar vowel sign u
        .init(0x13430, 0x13438, 0),     // egyptian hieroglyph vertical join… … egyptian hieroglyph end segment
        .init(0x16AF0, 0x16AF4, 0),     // bassa vah combining high tone … bassa vah combining high-low tone
        .init(0x16B30, 0x16B36, 0),     // pahawh hmong mark cim tub … pahawh hmong mark cim taum
        .init(0x16F4F, 0x16F4F, 0),     // miao sign consonant modifier bar
        .init(0x16F8F, 0x16F92, 0),     // miao tone right … miao tone below
        .init(0x16FE0, 0x16FE3, 2),     // tangut iteration mark … old chinese iteration mark
        .init(0x16FE4, 0x16FE4, 0),     // khitan small script filler
        .init(0x16FF0, 0x16FF1, 2),     // vietnamese alternate reading mark… … vietnamese alternate reading mark…
        .init(0x17000, 0x187F7, 2),     // tangut ideograph-17000 … tangut ideograph-187f7
        .init(0x18800, 0x18CD5, 2),     // tangut component-001 … khitan small script character-18c…
        .init(0x18D00, 0x18D08, 2),     // tangut ideograph-18d00 … tangut ideograph-18d08
        .init(0x1AFF0, 0x1AFF3, 2),     // katakana letter minnan tone-2 … katakana letter minnan tone-5
        .init(0x1AFF5, 0x1AFFB, 2),     // katakana letter minnan tone-7 … katakana letter minnan nasalized …
        .init(0x1AFFD, 0x1AFFE, 2),     // katakana letter minnan nasalized … … katakana letter minnan nasalized …
        .init(0x1B000, 0x1B122, 2),     // katakana letter archaic e … katakana letter archaic wu
        .init(0x1B150, 0x1B152, 2),     // hiragana letter small wi … hiragana letter small wo
        .init(0x1B164, 0x1B167, 2),     // katakana letter small wi … katakana letter small n
        .init(0x1B170, 0x1B2FB, 2),     // nushu character-1b170 … nushu character-1b2fb
        .init(0x1BC9D, 0x1BC9E, 0),     // duployan thick letter selector … duployan double mark
        .init(0x1BCA0, 0x1BCA3, 0),     // shorthand format letter overlap … shorthand format up step
        .init(0x1CF00, 0x1CF2D, 0),     // znamenny combining mark gorazdo n… … znamenny combining mark kryzh on …
        .init(0x1CF30, 0x1CF46, 0),     // znamenny combining tonal range ma… … znamenny priznak modifier rog
        .init(0x1D167, 0x1D169, 0),     // musical symbol combining tremolo-1 … musical symbol combining tremolo-3
        .init(0x1D173, 0x1D182, 0),     // musical symbol begin beam … musical symbol combining loure
        .init(0x1D185, 0x1D18B, 0),     // musical symbol combining doit … musical symbol combining triple t…
        .init(0x1D1AA, 0x1D1AD, 0),     // musical symbol combining down bow … musical symbol combining snap piz…
        .init(0x1D242, 0x1D244, 0),     // combining greek musical triseme … combining greek musical pentaseme
        .init(0x1DA00, 0x1DA36, 0),     // signwriting head rim … signwriting air sucking in
        .init(0x1DA3B, 0x1DA6C, 0),     // signwriting mouth closed neutral … signwriting excitement
        .init(0x1DA75, 0x1DA75, 0),     // signwriting upper body tilting fr…
        .init(0x1DA84, 0x1DA84, 0),     // signwriting location head neck
        .init(0x1DA9B, 0x1DA9F, 0),     // signwriting fill modifier-2 … signwriting fill modifier-6
        .init(0x1DAA1, 0x1DAAF, 0),     // signwriting rotation modifier-2 … signwriting rotation modifier-16
        .init(0x1E000, 0x1E006, 0),     // combining glagolitic letter azu … combining glagolitic letter zhive…
        .init(0x1E008, 0x1E018, 0),     // combining glagolitic letter zemlja … combining glagolitic letter heru
        .init(0x1E01B, 0x1E021, 0),     // combining glagolitic letter shta … combining glagolitic letter yati
        .init(0x1E023, 0x1E024, 0),     // combining glagolitic letter yu … combining glagolitic letter small…
        .init(0x1E026, 0x1E02A, 0),     // combining glagolitic letter yo … combining glagolitic letter fita
        .init(0x1E130, 0x1E136, 0),     // nyiakeng puachue hmong tone-b … nyiakeng puachue hmong tone-d
        .init(0x1E2AE, 0x1E2AE, 0),     // toto sign rising tone
        .init(0x1E2EC, 0x1E2EF, 0),     // wancho tone tup … wancho tone koini
        .init(0x1E8D0, 0x1E8D6, 0),     // mende kikakui combining number te… … mende kikakui combining number mi…
        .init(0x1E944, 0x1E94A, 0),     // adlam alif lengthener … adlam nukta
        .init(0x1F004, 0x1F004, 2),     // mahjong tile red dragon
        .init(0x1F0CF, 0x1F0CF, 2),     // playing card black joker
        .init(0x1F18E, 0x1F18E, 2),     // negative squared ab
        .init(0x1F191, 0x1F19A, 2),     // squared cl … squared vs
        .init(0x1F200, 0x1F202, 2),     // square hiragana hoka … squared katakana sa
        .init(0x1F210, 0x1F23B, 2),     // squared cjk unified ideograph-624b … squared cjk unified ideograph-914d
        .init(0x1F240, 0x1F248, 2),     // tortoise shell bracketed cjk unif… … tortoise shell bracketed cjk unif…
        .init(0x1F250, 0x1F251, 2),     // circled ideograph advantage … circled ideograph accept
        .init(0x1F260, 0x1F265, 2),     // rounded symbol for fu … rounded symbol for cai
        .init(0x1F300, 0x1F320, 2),     // cyclone … shooting star
        .init(0x1F32D, 0x1F335, 2),     // hot dog … cactus
        .init(0x1F337, 0x1F37C, 2),     // tulip … baby bottle
        .init(0x1F37E, 0x1F393, 2),     // bottle with popping cork … graduation cap
        .init(0x1F3A0, 0x1F3CA, 2),     // carousel horse … swimmer
        .init(0x1F3CF, 0x1F3D3, 2),     // cricket bat and ball … table tennis paddle and ball
        .init(0x1F3E0, 0x1F3F0, 2),     // house building … european castle
        .init(0x1F3F4, 0x1F3F4, 2),     // waving black flag
        .init(0x1F3F8, 0x1F43E, 2),     // badminton racquet and shuttlecock … paw prints
        .init(0x1F440, 0x1F440, 2),     // eyes
        .init(0x1F442, 0x1F4FC, 2),     // ear … videocassette
        .init(0x1F4FF, 0x1F53D, 2),     // prayer beads … down-pointing small red triangle
        .init(0x1F54B, 0x1F54E, 2),     // kaaba … menorah with nine branches
        .init(0x1F550, 0x1F567, 2),     // clock face one oclock … clock face twelve-thirty
        .init(0x1F57A, 0x1F57A, 2),     // man dancing
        .init(0x1F595, 0x1F596, 2),     // reversed hand with middle finger … … raised hand with part between mid…
        .init(0x1F5A4, 0x1F5A4, 2),     // black heart
        .init(0x1F5FB, 0x1F64F, 2),     // mount fuji … person with folded hands
        .init(0x1F680, 0x1F6C5, 2),     // rocket … left luggage
        .init(0x1F6CC, 0x1F6CC, 2),     // sleeping accommodation
        .init(0x1F6D0, 0x1F6D2, 2),     // place of worship … shopping trolley
        .init(0x1F6D5, 0x1F6D7, 2),     // hindu temple … elevator
        .init(0x1F6DD, 0x1F6DF, 2),     // playground slide … ring buoy
        .init(0x1F6EB, 0x1F6EC, 2),     // airplane departure … airplane arriving
        .init(0x1F6F4, 0x1F6FC, 2),     // scooter … roller skate
        .init(0x1F7E0, 0x1F7EB, 2),     // large orange circle … large brown square
        .init(0x1F7F0, 0x1F7F0, 2),     // heavy equals sign
        .init(0x1F90C, 0x1F93A, 2),     // pinched fingers … fencer
        .init(0x1F93C, 0x1F945, 2),     // wrestlers … goal net
        .init(0x1F947, 0x1F9FF, 2),     // first place medal … nazar amulet
        .init(0x1FA70, 0x1FA74, 2),     // ballet shoes … thong sandal
        .init(0x1FA78, 0x1FA7C, 2),     // drop of blood … crutch
        .init(0x1FA80, 0x1FA86, 2),     // yo-yo … nesting dolls
        .init(0x1FA90, 0x1FAAC, 2),     // ringed planet … hamsa
        .init(0x1FAB0, 0x1FABA, 2),     // fly … nest with eggs
        .init(0x1FAC0, 0x1FAC5, 2),     // anatomical heart … person with crown
        .init(0x1FAD0, 0x1FAD9, 2),     // blueberries … jar
        .init(0x1FAE0, 0x1FAE7, 2),     // melting face … bubbles
        .init(0x1FAF0, 0x1FAF6, 2),     // hand with index finger and thumb … … heart hands
        .init(0x20000, 0x2A6DF, 2),     // cjk unified ideograph-20000 … cjk unified ideograph-2a6df
        .init(0x2A700, 0x2B738, 2),     // cjk unified ideograph-2a700 … cjk unified ideograph-2b738
        .init(0x2B740, 0x2B81D, 2),     // cjk unified ideograph-2b740 … cjk unified ideograph-2b81d
        .init(0x2B820, 0x2CEA1, 2),     // cjk unified ideograph-2b820 … cjk unified ideograph-2cea1
        .init(0x2CEB0, 0x2EBE0, 2),     // cjk unified ideograph-2ceb0 … cjk unified ideograph-2ebe0
        .init(0x2F800, 0x2FA1D, 2),     // cjk compatibility ideograph-2f800 … cjk compatibility ideograph-2fa1d
        .init(0x30000, 0x3134A, 2),     // cjk unified ideograph-30000 … cjk unified ideograph-3134a
        .init(0xE0001, 0xE0001, 0),     // language tag
        .init(0xE0020, 0xE007F, 0),     // tag space … cancel tag
        .init(0xE0100, 0xE01EF, 0),     // variation selector-17 … variation selector-256
    ]
}
