import CaseModel
import Foundation

/// Every message the server gives about a field, in the user's language (issue 13). The store,
/// the model and the forms name problems in English (the API and the command line keep them);
/// pages put them through this table: the field in words (`FactLabels.words`) and the reason by
/// its pattern. `ServerMessagesTests` checks that every reason written in the sources has one.
enum ServerMessages {
  /// A field error as a page shows it: "Deutsch – vom: kein gültiges Datum: „31.02.2024“".
  static func text(_ error: FieldError, _ t: Texts) -> String {
    let field = error.path.isEmpty ? "" : FactLabels.words(error.path, t) + ": "
    return field + reason(error.reason, t)
  }

  /// The reason in the language of `t` (English reasons stay as they are for English pages).
  static func reason(_ english: String, _ t: Texts) -> String {
    guard t.isGerman else { return english }
    let ns = english as NSString
    for (pattern, german) in compiled {
      guard let m = pattern.firstMatch(in: english, range: NSRange(location: 0, length: ns.length)) else { continue }
      var out = german
      for i in stride(from: m.numberOfRanges - 1, through: 1, by: -1) where m.range(at: i).location != NSNotFound {
        out = out.replacingOccurrences(of: "$\(i)", with: Words.inText(ns.substring(with: m.range(at: i)), t))
      }
      return out
    }
    return english
  }

  static let compiled: [(NSRegularExpression, String)] = patterns.map { (try! NSRegularExpression(pattern: "^" + $0.0 + "$"), $0.1) }

  /// English reason (a regular expression, whole text) → German, `$n` for the n-th group.
  static let patterns: [(String, String)] = [
    (#"1 to (\S+) characters"#, "1 bis $1 Zeichen"),
    (#"at most (\S+) characters(?:, got (\S+))?"#, "höchstens $1 Zeichen"),
    (#"not a date: "(.*)" \(DD\.MM\.YYYY\)"#, "kein gültiges Datum: „$1“ (TT.MM.JJJJ)"),
    (#"not an amount: "(.*)""#, "kein gültiger Betrag: „$1“"),
    (#"a date is required \(DD\.MM\.YYYY\)"#, "ein Datum ist nötig (TT.MM.JJJJ)"),
    (#"(?:expected )?a date YYYY-MM-DD(?:, got "(.*)")?"#, "ein Datum im Format JJJJ-MM-TT ist nötig"),
    (#"expected yes or no(?:, got "(.*)")?"#, "ja oder nein"),
    (#"true or false"#, "ja oder nein (true/false)"),
    (#"must not be in the future"#, "darf nicht in der Zukunft liegen"),
    (#"(?:lies after today|X) \((.*)\): (.*) is not a fact yet"#, "Das Datum liegt nach dem heutigen Tag: erfasst wird nur, was schon geschehen ist."),
    (#"false \(never suspended or revoked\) contradicts remitted: true \(a remitted sentence was suspended\)"#,
     "„nicht zur Bewährung ausgesetzt“ widerspricht „erlassen“ (eine erlassene Strafe war zur Bewährung ausgesetzt)"),
    (#"the report (.*) cannot be limited to a municipality"#, "der Bericht $1 lässt sich nicht auf eine Kommune beschränken"),
    (#"must not be in the past"#, "darf nicht in der Vergangenheit liegen"),
    (#"must not be empty"#, "darf nicht leer sein"),
    (#"not a municipality of the district: "(.*)""#, "keine Kommune des Kreises: „$1“"),
    (#"required \(the person has none recorded\)"#, "nötig (bei der Person ist keine erfasst)"),
    (#"required"#, "Pflichtangabe"),
    (#"ends before it begins"#, "endet vor dem Beginn"),
    (#"before given_on"#, "liegt vor der Unterschrift"),
    (#"entries must be in date order"#, "die Einträge müssen nach Datum geordnet sein"),
    (#"must be (\d+) to (\d+), got (.*)"#, "muss zwischen $1 und $2 liegen (erfasst: $3)"),
    (#"must be from (.*) to (.*), got (.*)"#, "muss zwischen $1 und $2 liegen (erfasst: $3)"),
    (#"must lie between 1900-01-01 and 2100-12-31, got (.*)"#, "muss zwischen 01.01.1900 und 31.12.2100 liegen (erfasst: $1)"),
    (#"must be (.*)"#, "muss $1 sein"),
    (#"expected an ISO 3166 alpha-3 code such as SYR, got "(.*)""#, "unbekannter Staat: „$1“"),
    (#"expected an ISO 639-1 code such as ar, got "(.*)""#, "unbekannte Sprache: „$1“"),
    (#"unknown value "(.*)"(?:; allowed: (.*))?"#, "unbekannter Wert „$1“"),
    (#"unknown field"#, "unbekanntes Feld"),
    (#"EBH or ABH, got "(.*)""#, "Einbürgerungsbehörde oder Ausländerbehörde (EBH/ABH), erfasst: „$1“"),
    (#"a reason is required for this step"#, "dieser Schritt braucht eine Begründung"),
    (#"a reason or note is required"#, "eine Begründung oder ein Vermerk ist nötig"),
    (#"reopening a closed file needs a reason"#, "das Wiederaufnehmen einer abgeschlossenen Akte braucht eine Begründung"),
    (#"the file is closed \((.*)\); only an administrator can reopen it"#, "die Akte ist abgeschlossen ($1); nur die Administration kann sie wieder aufnehmen"),
    (#"cannot move from (.*) to (.*)"#, "von „$1“ geht es nicht zu „$2“"),
    (#"choose a status"#, "bitte einen Stand wählen"),
    (#"cannot be changed"#, "kann nicht geändert werden"),
    (#"before the step preceding it \((.*)\)"#, "liegt vor dem vorigen Schritt ($1)"),
    (#"entries of the stored history cannot be removed"#, "gespeicherte Einträge des Verlaufs können nicht entfernt werden"),
    (#"the stored history cannot be changed; new steps can only be added"#, "der gespeicherte Verlauf kann nicht geändert werden; nur neue Schritte kommen hinzu"),
    (#"the last entry \((.*)\) must equal status \((.*)\)"#, "der letzte Eintrag ($1) muss dem Stand ($2) entsprechen"),
    (#"the status is (.*) but the history ends in (.*)"#, "der Stand ist „$1“, der Verlauf endet aber mit „$2“"),
    (#"route (.*) belongs to the (.*), not the (.*)"#, "das Verfahren $1 gehört zur anderen Behörde"),
    (#"a document id such as D03 is required"#, "bitte eine Unterlage wählen"),
    (#"the date of the effort is required"#, "das Datum der Bemühung fehlt"),
    (#"case management cannot record this fact"#, "diese Angabe kann das Case Management nicht erfassen"),
    (#"facts are recorded on resolve only"#, "Angaben werden nur beim Erledigen erfasst"),
    (#"choose at least one gap"#, "bitte mindestens eine offene Voraussetzung wählen"),
    (#"a list of rule ids is required"#, "bitte mindestens eine offene Voraussetzung wählen"),
    (#"(.*) is not a gap case management can work on in this file today"#, "$1 ist in dieser Akte heute keine offene Voraussetzung, an der das Case Management arbeiten kann"),
    (#"(.*): nothing recorded closes this gap; (.*)"#, "$1: nichts Erfasstes erfüllt diese Voraussetzung"),
    (#"the stored file could not be read"#, "die gespeicherte Akte konnte nicht gelesen werden"),
    (#"an object"#, "ein Objekt (JSON)"),
    (#"one of (.*)"#, "einer dieser Werte: $1"),
    (#"malformed percent-encoding"#, "fehlerhafte Adresse (Prozent-Kodierung)"),
    (#"a report covers at most (\S+) years"#, "ein Bericht umfasst höchstens $1 Jahre"),
    (#"the period starts after it ends \((.*) > (.*)\)"#, "der Zeitraum beginnt nach seinem Ende ($1 > $2)"),
    (#"the report (.*) has no teams; .*"#, "der Bericht $1 kennt keine Teams"),
    (#"(?:html, )?csv, csv-plain or json, got "(.*)""#, "unbekanntes Format „$1“"),
    (#"appears twice in this import \(first at (.*)\)"#, "kommt in diesem Import doppelt vor (zuerst bei $1)"),
    (#"appears twice"#, "kommt doppelt vor"),
    (#"changed in backlog while the list was read; import the list again"#, "wurde während des Lesens der Liste geändert; bitte die Liste noch einmal importieren"),
    (#"no column holds the file number .*"#, "keine Spalte enthält das Aktenzeichen (Aktenzeichen, Az.); bitte im Profil benennen"),
    (#"municipality "(.*)" is not one of the office's municipalities: kept and flagged for the clerk"#, "die Kommune „$1“ gehört nicht zum Kreis: übernommen und für die Sachbearbeitung markiert"),
    (#"this file's personal data was deleted on (.*) under the retention rules; .*"#, "die personenbezogenen Daten dieser Akte wurden am $1 nach den Löschfristen gelöscht; eine alte Liste darf sie nicht zurückbringen"),
    // messages of error pages (AppError)
    (#"invalid query parameter (.*)"#, "ungültige Angabe in der Adresse ($1)"),
    (#"a whole number from (\S+) to (\S+), got "(.*)""#, "eine ganze Zahl von $1 bis $2 (angegeben: „$3“)"),
    (#"expected a whole number from (\S+) to (\S+), got "(.*)""#, "eine ganze Zahl von $1 bis $2 (angegeben: „$3“)"),
    (#"expected a date YYYY-MM-DD between 1900-01-01 and 2100-12-31, got "(.*)""#, "ein Datum zwischen 01.01.1900 und 31.12.2100 (angegeben: „$1“)"),
    (#"choose the gap \(rule\) to refer"#, "bitte die offene Voraussetzung wählen, die vermittelt werden soll"),
    (#"unknown action"#, "unbekannter Schritt"),
    (#"unknown stage"#, "unbekannter Stand"),
    (#"version missing"#, "der Bearbeitungsstand (Version) fehlt; bitte die Seite neu laden"),
    (#"the referral is not valid"#, "die Vermittlung ist nicht gültig"),
    (#"the server runs without checklists; .*"#, "der Server läuft ohne Regelwerk; die Prüfung ist nicht verfügbar"),
    (#"the file number in the address is not valid"#, "das Aktenzeichen in der Adresse ist ungültig"),
    (#"the upload (?:cannot be read|has no file)"#, "die hochgeladene Datei kann nicht gelesen werden"),
    (#"the uploaded file is empty"#, "die hochgeladene Datei ist leer"),
    (#"expected a file upload \(multipart/form-data\)"#, "bitte eine Datei hochladen"),
    (#"an administrator cannot lock their own account"#, "das eigene Konto kann nicht gesperrt werden"),
    (#"unknown download format"#, "unbekanntes Download-Format"),
    (#"invalid report parameters"#, "ungültige Angaben für den Bericht"),
    (#"the report cannot be made for this choice"#, "der Bericht kann für diese Auswahl nicht erstellt werden"),
    (#"no report (.*); reports: .*"#, "kein Bericht $1"),
    (#"no published report.*"#, "kein veröffentlichter Bericht"),
    (#"no (?:such )?file.*"#, "keine solche Akte"),
    (#"no user (.*)"#, "kein Benutzer $1"),
    (#"internal error"#, "interner Fehler"),
    (#"(.*), got "(.*)""#, "unbekannter Wert „$2“"),
  ]
}
