/// The usual German column names of an office's lists, matched tolerantly: case, spaces,
/// punctuation, umlauts (ä/ae), abbreviations and a unit in brackets ("Geb.-Datum (TT.MM.JJJJ)").
/// Some headers are decided later by their values (`ColumnDecisions`): "Stand", "Name", "Ort".
public enum HeaderRecognition {
  /// The field a header names, or nil when it is not recognised.
  public static func field(for header: String) -> ListField? {
    let full = Normalize.compact(header)
    if full.isEmpty { return nil }
    if let f = exact[full] { return f }
    let withoutBrackets = Normalize.compact(removingBrackets(header))
    if let f = exact[withoutBrackets] { return f }
    return stems(withoutBrackets.isEmpty ? full : withoutBrackets)
  }

  static func removingBrackets(_ s: String) -> String {
    var out = ""
    var depth = 0
    for c in s {
      if c == "(" || c == "[" { depth += 1; continue }
      if c == ")" || c == "]" { depth = max(0, depth - 1); continue }
      if depth == 0 { out.append(c) }
    }
    return out
  }

  /// Whole headers, in compact form (no spaces or punctuation).
  static let exact: [String: ListField] = {
    var t: [String: ListField] = [:]
    func add(_ f: ListField, _ names: String...) { for n in names { t[Normalize.compact(n)] = f } }
    add(.fileNo, "Aktenzeichen", "Az", "Az.", "Akten-Nr.", "Aktennummer", "Akte", "Aktenz.", "AZ EBH", "AZ ABH",
        "Geschäftszeichen", "GZ", "Vorgangsnummer", "Vorgangs-Nr.", "Vorgang", "Vorgangsnr", "Fallnummer", "Fall-Nr.",
        "Verfahrensnummer", "Verfahrens-Nr.", "Kennzeichen", "Aktenzeichen EBH", "Aktenzeichen ABH", "Az. Akte", "Nr. Akte")
    add(.familyName, "Name", "Nachname", "Familienname", "Zuname", "Name Antragsteller", "Nachname Antragsteller",
        "Name des Antragstellers", "Name der Person", "Familienname Antragsteller/in", "Antragsteller", "Antragsteller/in",
        "Antragstellende Person", "Person", "Geburtsname")
    add(.givenNames, "Vorname", "Vornamen", "Rufname", "Vorname(n)", "Vorname Antragsteller")
    add(.fullName, "Name, Vorname", "Nachname, Vorname", "Familienname, Vorname", "Name, Vornamen",
        "Nachname, Vornamen", "Familienname, Vornamen", "Name / Vorname", "Name Vorname")
    add(.fullNameGivenFirst, "Vorname Name", "Vorname, Name", "Vorname Nachname", "Vorname und Name")
    add(.birthDate, "Geburtsdatum", "Geb.-Datum", "Geb. Datum", "Gebdatum", "geb. am", "geboren", "geboren am", "Geb.",
        "Geb.-Dat.", "Geburtstag", "Geb.dat.", "Geburts-datum", "GebDat")
    add(.nationality, "Staatsangehörigkeit", "Staatsang.", "Staatsangeh.", "StA", "StAng", "Nationalität",
        "Staatsangehörigkeiten", "Herkunftsland", "Herkunftsstaat", "Herkunft", "Land", "Staat", "Nation",
        "derzeitige Staatsangehörigkeit", "bisherige Staatsangehörigkeit", "Staatsangehörigkeit 1", "Staatsangehörigkeit 2",
        "weitere Staatsangehörigkeit", "Staatsangehörigkeit (bisher)")
    add(.receivedOn, "Antragsdatum", "Antrag vom", "Antrag am", "Antragseingang", "Eingang", "Eingangsdatum",
        "Eingang am", "eingegangen am", "Eingang Antrag", "Datum Antrag", "Datum Eingang", "Antragstellung",
        "Antrag gestellt am", "Datum der Antragstellung", "Eingangsdat.", "Antragsdat.", "Antr.-Datum", "Ant.-Dat.",
        "Akte angelegt am", "angelegt am", "Anlagedatum", "Datum Antragseingang", "Einreichung", "eingereicht am")
    add(.stage, "Status", "Stand", "Bearbeitungsstand", "Bearbeitungsstatus", "Verfahrensstand", "Sachstand",
        "Stand des Verfahrens", "Verfahrensstatus", "Phase", "Stand Bearbeitung", "Bearb.-Stand", "aktueller Stand",
        "Vorgangsstatus", "Status Verfahren", "Verfahrensschritt")
    add(.asOf, "Stand vom", "Stand am", "Datum Stand", "Stand per", "Stichtag", "letzte Änderung", "geändert am",
        "Datum Status", "Status vom", "Status seit", "seit")
    add(.clerk, "Sachbearbeiter", "Sachbearbeiterin", "Sachbearbeiter/in", "Sachbearbeiter:in", "Sachbearbeiter*in",
        "SachbearbeiterIn", "Sachbearbeitung", "SB", "Bearbeiter", "Bearbeiterin", "Bearbeiter/in", "zuständig",
        "Zuständigkeit", "zuständige SB", "zust. SB", "SB-Kürzel", "Kürzel SB", "Sachb.", "Sachbearb.", "Dezernent")
    add(.procedure, "Verfahren", "Verfahrensart", "Rechtsgrundlage", "Art", "Antragsart", "Art des Antrags",
        "Einbürgerungsart", "Grundlage", "Paragraph", "Paragraf", "Rechtsnorm", "Verfahrenstyp", "Vorgangsart",
        "Art des Verfahrens", "Norm", "Anspruchsgrundlage", "Aufenthaltstitel beantragt", "beantragter Titel",
        "Vorschrift", "§", "Verfahrensgrundlage")
    add(.office, "Behörde", "Amt", "Fachbereich", "Dienststelle", "Organisationseinheit", "OE")
    add(.team, "Team", "Modul", "Gruppe", "Sachgebiet", "Arbeitsgruppe", "Teamzuordnung", "Bereich")
    add(.municipality, "Wohnort", "Gemeinde", "Kommune", "Stadt", "Wohngemeinde", "Stadt/Gemeinde", "Wohnsitz",
        "Wohnsitzgemeinde", "Ort", "Stadt / Gemeinde", "Gemeinde/Stadt", "Kommune/Stadt", "Wohnort (Gemeinde)")
    add(.phone, "Telefon", "Tel", "Tel.", "Telefonnummer", "Tel.-Nr.", "Telnr", "Mobil", "Handy", "Mobilnummer",
        "Rufnummer", "Telefon mobil", "Mobiltelefon", "Tel. mobil", "Kontakt", "Telefon privat")
    add(.email, "E-Mail", "Email", "Mail", "E-Mail-Adresse", "Emailadresse", "Mailadresse", "E-Mail Adresse")
    add(.street, "Straße", "Str.", "Straße und Hausnummer", "Straße, Hausnummer", "Straße Nr.", "Strasse",
        "Anschrift", "Adresse", "Straße/Hausnr.", "Straße Hausnr.", "Wohnanschrift")
    add(.postalCode, "PLZ", "Postleitzahl")
    add(.postalCodeCity, "PLZ Ort", "PLZ/Ort", "PLZ, Ort", "Postleitzahl Ort", "PLZ und Ort")
    add(.decidedOn, "Entscheidung", "Entscheidungsdatum", "Entscheidung am", "entschieden am", "Bescheid vom",
        "Bescheiddatum", "Datum Entscheidung", "Datum Bescheid", "erledigt am", "Erledigungsdatum", "Erledigung",
        "Abschluss", "abgeschlossen am", "Abschlussdatum", "Datum Abschluss")
    add(.certificateHandoverOn, "Aushändigung", "Aushändigung am", "Urkunde ausgehändigt", "Urkunde ausgehändigt am",
        "Urkundenaushändigung", "Aushändigung Urkunde", "eingebürgert am", "Einbürgerung am", "Datum Aushändigung",
        "Einbürgerungsurkunde ausgehändigt am", "Datum Einbürgerung")
    add(.followUpOn, "Wiedervorlage", "WV", "WV-Datum", "Wiedervorlage am", "Wiedervorlagedatum", "WV am", "Frist",
        "nächste Wiedervorlage", "Termin WV")
    add(.sex, "Geschlecht", "m/w", "m/w/d", "Anrede", "Geschl.", "Sex")
    add(.maritalStatus, "Familienstand", "Fam.-Stand", "FamStand", "Fam.stand")
    add(.languages, "Sprache", "Sprachen", "Muttersprache", "Sprache(n)", "Herkunftssprache")
    add(.interpreterNeeded, "Dolmetscher", "Dolmetscher erforderlich", "Dolmetscher nötig", "Dolmetscher notwendig",
        "Dolmetscher ja/nein", "Dolmetscher benötigt")
    add(.ignore, "Bemerkung", "Bemerkungen", "Notiz", "Notizen", "Hinweis", "Hinweise", "Kommentar", "Anmerkung",
        "Anmerkungen", "lfd. Nr.", "lfd Nr", "Nr.", "Nr", "Lfd.", "Zeile", "Info", "Sonstiges")
    return t
  }()

  /// Parts of longer headers ("Datum des Antragseingangs", "Staatsangehörigkeit lt. Pass"),
  /// in an order where the more specific part wins.
  static let stemRules: [(String, ListField)] = [
    ("aktenzeichen", .fileNo), ("aktennummer", .fileNo), ("aktennr", .fileNo), ("geschaeftszeichen", .fileNo),
    ("vorgangsnummer", .fileNo), ("vorgangsnr", .fileNo),
    ("geburtsdat", .birthDate), ("gebdat", .birthDate), ("geburtstag", .birthDate), ("geboren", .birthDate),
    ("staatsang", .nationality), ("nationalit", .nationality), ("herkunftsland", .nationality),
    ("aushaendig", .certificateHandoverOn), ("eingebuergertam", .certificateHandoverOn),
    ("wiedervorlage", .followUpOn),
    ("antragsart", .procedure), ("verfahrensart", .procedure), ("rechtsgrundlage", .procedure),
    ("einbuergerungsart", .procedure), ("verfahrenstyp", .procedure),
    ("antragseingang", .receivedOn), ("antragsdatum", .receivedOn), ("eingangsdatum", .receivedOn),
    ("antragvom", .receivedOn), ("antragstellung", .receivedOn), ("eingangam", .receivedOn),
    ("entscheidungsdatum", .decidedOn), ("entschiedenam", .decidedOn), ("bescheidvom", .decidedOn),
    ("erledigtam", .decidedOn),
    ("bearbeitungsstand", .stage), ("verfahrensstand", .stage), ("sachstand", .stage), ("bearbeitungsstatus", .stage),
    ("verfahrensstatus", .stage),
    ("sachbearb", .clerk), ("bearbeiter", .clerk),
    ("familienname", .familyName), ("nachname", .familyName), ("vorname", .givenNames),
    ("telefon", .phone), ("mobil", .phone), ("handy", .phone), ("email", .email),
    ("strasse", .street), ("postleitzahl", .postalCode), ("wohnort", .municipality), ("gemeinde", .municipality),
    ("kommune", .municipality), ("familienstand", .maritalStatus), ("geschlecht", .sex), ("dolmetsch", .interpreterNeeded),
    ("sprache", .languages), ("bemerkung", .ignore), ("notiz", .ignore), ("kommentar", .ignore),
  ]

  static func stems(_ compact: String) -> ListField? {
    for (stem, field) in stemRules where compact.contains(stem) {
      // "Vorname" inside "Name, Vorname" is caught by the exact table; here a lone part decides.
      return field
    }
    return nil
  }
}
