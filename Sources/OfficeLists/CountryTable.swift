import Foundation

/// Countries in German: ISO 3166 alpha-3 code, then names | adjectives (base form; "syrische"
/// and "syrischer" are found through it) | abbreviations and person nouns. It covers every
/// country of the world; those with more than 1,000 naturalizations in Germany a year (Destatis,
/// 2022-2024: Syria, Turkey, Iraq, Romania, Afghanistan, Russia, Iran, Ukraine, Poland, Kosovo,
/// Greece, Italy, Eritrea, Morocco, Lebanon, Serbia, India, Bosnia, Croatia, Vietnam, Pakistan,
/// Egypt, Nigeria, Albania, Kazakhstan, North Macedonia, Bulgaria, Hungary, the USA, the UK,
/// Jordan, Algeria, Tunisia, Somalia, Ethiopia, Brazil, Cameroon, Ghana, China, Azerbaijan,
/// Georgia, Armenia, Moldova, Israel, Portugal, Spain, France, the Netherlands, Austria) also
/// with their adjectives, person nouns and common spellings.
/// Stateless and unclarified nationality have no ISO 3166 code; the codes are those of ICAO Doc
/// 9303 used in passports and travel documents: XXA stateless, XXX unspecified (ungeklärt).
enum CountryTable {
  static let text = """
    SYR: Syrien, Arabische Republik Syrien, Syrische Arabische Republik | syrisch | Syrer, Syrerin, SY
    TUR: Türkei, Turkei, Türkiye, Republik Türkei | türkisch | Türke, Türkin, TR, TK
    IRQ: Irak, Iraq, Republik Irak | irakisch | Iraker, Irakerin, IQ
    ROU: Rumänien | rumänisch | Rumäne, Rumänin, RO, RUM
    AFG: Afghanistan | afghanisch | Afghane, Afghanin, AF
    RUS: Russland, Russische Föderation, Russia | russisch | Russe, Russin, RU
    IRN: Iran, Islamische Republik Iran | iranisch, persisch | Iraner, Iranerin, IR
    UKR: Ukraine | ukrainisch | Ukrainer, Ukrainerin, UA
    POL: Polen | polnisch | Pole, Polin, PL
    XKX: Kosovo, Republik Kosovo | kosovarisch, kosovo-albanisch | Kosovare, Kosovarin, XK, KOS
    GRC: Griechenland | griechisch | Grieche, Griechin, GR
    ITA: Italien | italienisch | Italiener, Italienerin, IT
    ERI: Eritrea | eritreisch | Eritreer, Eritreerin, ER
    MAR: Marokko | marokkanisch | Marokkaner, Marokkanerin, MA
    LBN: Libanon, Der Libanon | libanesisch | Libanese, Libanesin, LB
    SRB: Serbien, Republik Serbien | serbisch | Serbe, Serbin, RS
    SCG: Serbien und Montenegro | serbisch-montenegrinisch |
    YUG: Jugoslawien, ehemaliges Jugoslawien | jugoslawisch | Jugoslawe, Jugoslawin
    IND: Indien | indisch | Inder, Inderin, IN
    BIH: Bosnien und Herzegowina, Bosnien-Herzegowina, Bosnien | bosnisch, bosnisch-herzegowinisch, herzegowinisch | Bosnier, Bosnierin, BA
    HRV: Kroatien | kroatisch | Kroate, Kroatin, HR
    VNM: Vietnam, Viet Nam | vietnamesisch | Vietnamese, Vietnamesin, VN
    PAK: Pakistan | pakistanisch | Pakistaner, Pakistanerin, PK
    EGY: Ägypten | ägyptisch | Ägypter, Ägypterin, EG
    NGA: Nigeria | nigerianisch | Nigerianer, Nigerianerin, NG
    ALB: Albanien | albanisch | Albaner, Albanerin, AL
    KAZ: Kasachstan | kasachisch | Kasache, Kasachin, KZ
    MKD: Nordmazedonien, Mazedonien, Republik Nordmazedonien, ehemalige jugoslawische Republik Mazedonien | nordmazedonisch, mazedonisch | Mazedonier, Mazedonierin, MK
    BGR: Bulgarien | bulgarisch | Bulgare, Bulgarin, BG
    HUN: Ungarn | ungarisch | Ungar, Ungarin, HU
    USA: Vereinigte Staaten, Vereinigte Staaten von Amerika, USA, Amerika, US | amerikanisch, US-amerikanisch | Amerikaner, Amerikanerin
    GBR: Vereinigtes Königreich, Großbritannien, England, Schottland, Wales, Nordirland, UK | britisch, englisch | Brite, Britin, GB
    JOR: Jordanien | jordanisch | Jordanier, Jordanierin, JO
    DZA: Algerien | algerisch | Algerier, Algerierin, DZ
    TUN: Tunesien | tunesisch | Tunesier, Tunesierin, TN
    SOM: Somalia | somalisch | Somalier, Somalierin, SO
    ETH: Äthiopien | äthiopisch | Äthiopier, Äthiopierin, ET
    BRA: Brasilien | brasilianisch | Brasilianer, Brasilianerin, BR
    CMR: Kamerun | kamerunisch | Kameruner, Kamerunerin, CM
    GHA: Ghana | ghanaisch | Ghanaer, Ghanaerin, GH
    CHN: China, Volksrepublik China | chinesisch | Chinese, Chinesin, CN
    AZE: Aserbaidschan | aserbaidschanisch | Aserbaidschaner, Aserbaidschanerin, AZ
    GEO: Georgien | georgisch | Georgier, Georgierin, GE
    ARM: Armenien | armenisch | Armenier, Armenierin, AM
    MDA: Moldau, Moldawien, Republik Moldau | moldauisch, moldawisch | Moldauer, Moldauerin, MD
    ISR: Israel | israelisch | Israeli, IL
    PRT: Portugal | portugiesisch | Portugiese, Portugiesin, PT
    ESP: Spanien | spanisch | Spanier, Spanierin, ES
    FRA: Frankreich | französisch | Franzose, Französin, FR
    NLD: Niederlande, Holland | niederländisch, holländisch | Niederländer, Niederländerin, NL
    AUT: Österreich | österreichisch | Österreicher, Österreicherin, AT
    PSE: Palästina, Palästinensische Gebiete, Staat Palästina, Westjordanland, Gaza | palästinensisch | Palästinenser, Palästinenserin, PS
    LBY: Libyen | libysch | Libyer, Libyerin, LY
    SDN: Sudan | sudanesisch | Sudanese, Sudanesin, SD
    SSD: Südsudan | südsudanesisch | SS
    YEM: Jemen | jemenitisch | Jemenit, Jemenitin, YE
    SAU: Saudi-Arabien | saudi-arabisch, saudisch | SA
    KWT: Kuwait | kuwaitisch | KW
    ARE: Vereinigte Arabische Emirate, VAE | emiratisch | AE
    QAT: Katar | katarisch | QA
    BHR: Bahrain | bahrainisch | BH
    OMN: Oman | omanisch | OM
    GIN: Guinea | guineisch | Guineer, Guineerin, GN
    GNB: Guinea-Bissau | guinea-bissauisch | GW
    GMB: Gambia | gambisch | Gambier, Gambierin, GM
    SEN: Senegal | senegalesisch | Senegalese, Senegalesin, SN
    SLE: Sierra Leone | sierra-leonisch | SL
    LBR: Liberia | liberianisch | LR
    CIV: Elfenbeinküste, Côte d'Ivoire | ivorisch | CI
    MLI: Mali | malisch | ML
    BFA: Burkina Faso | burkinisch | BF
    NER: Niger | nigrisch | NE
    TGO: Togo | togoisch, togolesisch | TG
    BEN: Benin | beninisch | BJ
    COD: Kongo, Kongo Demokratische Republik, Demokratische Republik Kongo, DR Kongo, Kongo (Demokratische Republik) | kongolesisch | CD
    COG: Republik Kongo, Kongo-Brazzaville | | CG
    AGO: Angola | angolanisch | AO
    KEN: Kenia | kenianisch | KE
    UGA: Uganda | ugandisch | UG
    TZA: Tansania | tansanisch | TZ
    RWA: Ruanda | ruandisch | RW
    BDI: Burundi | burundisch | BI
    ZAF: Südafrika | südafrikanisch | ZA
    ZWE: Simbabwe | simbabwisch | ZW
    ZMB: Sambia | sambisch | ZM
    MOZ: Mosambik | mosambikanisch | MZ
    MDG: Madagaskar | madagassisch | MG
    TCD: Tschad | tschadisch | TD
    CAF: Zentralafrikanische Republik | zentralafrikanisch | CF
    GAB: Gabun | gabunisch | GA
    GNQ: Äquatorialguinea | äquatorialguineisch | GQ
    MRT: Mauretanien | mauretanisch | MR
    DJI: Dschibuti | dschibutisch | DJ
    CPV: Kap Verde, Cabo Verde | kap-verdisch | CV
    MUS: Mauritius | mauritisch | MU
    NAM: Namibia | namibisch | NA
    BWA: Botsuana, Botswana | botsuanisch | BW
    LSO: Lesotho | lesothisch | LS
    SWZ: Eswatini, Swasiland | eswatinisch | SZ
    MWI: Malawi | malawisch | MW
    COM: Komoren | komorisch | KM
    SYC: Seychellen | seychellisch | SC
    STP: São Tomé und Príncipe | | ST
    LKA: Sri Lanka | sri-lankisch | LK
    BGD: Bangladesch | bangladeschisch | BD
    NPL: Nepal | nepalesisch | NP
    BTN: Bhutan | bhutanisch | BT
    MMR: Myanmar, Birma, Burma | myanmarisch, birmanisch | MM
    THA: Thailand | thailändisch | Thailänder, Thailänderin, TH
    LAO: Laos | laotisch | LA
    KHM: Kambodscha | kambodschanisch | KH
    MYS: Malaysia | malaysisch | MY
    SGP: Singapur | singapurisch | SG
    IDN: Indonesien | indonesisch | ID
    PHL: Philippinen | philippinisch | Philippiner, Philippinerin, PH
    JPN: Japan | japanisch | Japaner, Japanerin, JP
    KOR: Korea, Südkorea, Republik Korea, Korea (Republik) | südkoreanisch, koreanisch | KR
    PRK: Nordkorea, Demokratische Volksrepublik Korea | nordkoreanisch | KP
    MNG: Mongolei | mongolisch | MN
    TWN: Taiwan | taiwanisch | TW
    HKG: Hongkong | hongkongisch | HK
    UZB: Usbekistan | usbekisch | UZ
    TKM: Turkmenistan | turkmenisch | TM
    TJK: Tadschikistan | tadschikisch | TJ
    KGZ: Kirgisistan, Kirgistan | kirgisisch | KG
    BLR: Belarus, Weißrussland | belarussisch, weißrussisch | BY
    LTU: Litauen | litauisch | LT
    LVA: Lettland | lettisch | LV
    EST: Estland | estnisch | EE
    FIN: Finnland | finnisch | FI
    SWE: Schweden | schwedisch | SE
    NOR: Norwegen | norwegisch | NO
    DNK: Dänemark | dänisch | DK
    ISL: Island | isländisch | IS
    IRL: Irland | irisch | IE
    BEL: Belgien | belgisch | BE
    LUX: Luxemburg | luxemburgisch | LU
    CHE: Schweiz | schweizerisch, schweizer | CH
    LIE: Liechtenstein | liechtensteinisch | LI
    DEU: Deutschland, Bundesrepublik Deutschland | deutsch | DE, BRD
    CZE: Tschechien, Tschechische Republik | tschechisch | CZ
    SVK: Slowakei | slowakisch | SK
    SVN: Slowenien | slowenisch | SI
    MNE: Montenegro | montenegrinisch | ME
    CYP: Zypern | zyprisch | CY
    MLT: Malta | maltesisch | MT
    MCO: Monaco | monegassisch | MC
    AND: Andorra | andorranisch | AD
    SMR: San Marino | san-marinesisch | SM
    VAT: Vatikanstadt, Heiliger Stuhl | vatikanisch | VA
    CAN: Kanada | kanadisch | CA
    MEX: Mexiko | mexikanisch | MX
    CUB: Kuba | kubanisch | CU
    DOM: Dominikanische Republik | dominikanisch | DO
    HTI: Haiti | haitianisch | HT
    JAM: Jamaika | jamaikanisch | JM
    GTM: Guatemala | guatemaltekisch | GT
    HND: Honduras | honduranisch | HN
    SLV: El Salvador | salvadorianisch | SV
    NIC: Nicaragua | nicaraguanisch | NI
    CRI: Costa Rica | costa-ricanisch | CR
    PAN: Panama | panamaisch | PA
    COL: Kolumbien | kolumbianisch | CO
    VEN: Venezuela | venezolanisch | VE
    ECU: Ecuador | ecuadorianisch | EC
    PER: Peru | peruanisch | PE
    BOL: Bolivien | bolivianisch | BO
    CHL: Chile | chilenisch | CL
    ARG: Argentinien | argentinisch | AR
    URY: Uruguay | uruguayisch | UY
    PRY: Paraguay | paraguayisch | PY
    GUY: Guyana | guyanisch | GY
    SUR: Suriname | surinamisch | SR
    TTO: Trinidad und Tobago | trinidadisch | TT
    AUS: Australien | australisch | AU
    NZL: Neuseeland | neuseeländisch | NZ
    FJI: Fidschi | fidschianisch | FJ
    XXA: staatenlos, Staatenlose, Staatenloser, ohne Staatsangehörigkeit, keine Staatsangehörigkeit | staatenlos | XXA, Stl
    XXX: ungeklärt, ungeklaert, unbekannt, ungeklärte Staatsangehörigkeit, Staatsangehörigkeit ungeklärt, nicht geklärt, ohne Angabe, unklar | ungeklärt | XXX, ungekl
    """

  struct Entry { var code: String; var names: [String]; var adjectives: [String]; var others: [String] }

  static let entries: [Entry] = text.split(separator: "\n").compactMap { line in
    let parts = line.split(separator: ":", maxSplits: 1)
    guard parts.count == 2 else { return nil }
    let sections = parts[1].split(separator: "|", omittingEmptySubsequences: false).map {
      $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    return Entry(
      code: parts[0].trimmingCharacters(in: .whitespaces), names: sections[0],
      adjectives: sections.count > 1 ? sections[1] : [], others: sections.count > 2 ? sections[2] : [])
  }
}
