// Every reason in English (the contract: the API's `reason`, the command line) and in German (the
// pages), side by side, in one switch (a new case does not compile without both). Codes (statuses, routes, offices) and field paths go through the
// wording's words in German.

extension Reason: Worded {
  public func text(_ w: Wording) -> String {
    switch self {
    case .required: return w.pick("required", "Pflichtangabe")
    case .requiredFieldMissing: return w.pick("required field is missing", "Pflichtangabe fehlt")
    case .mustNotBeEmpty: return w.pick("must not be empty", "darf nicht leer sein")
    case .atMostCharacters(let n): return w.pick("at most \(n) characters", "höchstens \(n) Zeichen")
    case .atMostCharactersGot(let n, let got):
      return w.pick("at most \(n) characters, got \(got)", "Höchstens \(n) Zeichen (\(got) eingegeben).")
    case .charactersBetween(let a, let b): return w.pick("\(a) to \(b) characters", "\(a) bis \(b) Zeichen")
    case .cannotBeChanged: return w.pick("cannot be changed", "kann nicht geändert werden")
    case .appearsTwice: return w.pick("appears twice", "kommt doppelt vor")
    case .unknownField(let others):
      let more = others.isEmpty ? "" : " (and \(others.joined(separator: ", ")))"
      let mehr = others.isEmpty ? "" : " (und \(others.map(w.field).joined(separator: ", ")))"
      return w.pick("unknown field\(more)", "unbekanntes Feld\(mehr)")
    case .unknownValue(let v, let allowed):
      return w.pick("unknown value \"\(v)\"" + (allowed.map { "; allowed: \($0)" } ?? ""), "unbekannter Wert „\(v)“")
    case .expected(let e, let found):
      return w.pick("expected \(e.text(w)), got \(found.text(w))", "\(e.text(w)) ist nötig (angegeben: \(found.text(w)))")
    case .given(let e, let got): return w.pick("\(e.text(w)), got \"\(got)\"", "\(e.text(w)) (angegeben: „\(got)“)")
    case .mustBe(let v): return w.pick("must be \(v)", "muss \(v) sein")
    case .oneOf(let values): return w.pick("one of ", "einer dieser Werte: ") + values.joined(separator: ", ")
    case .trueOrFalse: return w.pick("true or false", "ja oder nein (true/false)")
    case .anObject: return w.pick("an object", "ein Objekt (JSON)")
    case .dateFormat: return w.pick("a date YYYY-MM-DD", "ein Datum im Format JJJJ-MM-TT")
    case .malformedPercentEncoding: return w.pick("malformed percent-encoding", "fehlerhafte Adresse (Prozent-Kodierung)")

    case .countryCode(let c):
      return w.pick("expected an ISO 3166 alpha-3 code such as SYR, got \"\(c)\"", "unbekannter Staat: „\(c)“")
    case .languageCode(let c): return w.pick("expected an ISO 639-1 code such as ar, got \"\(c)\"", "unbekannte Sprache: „\(c)“")
    case .routeOfOtherOffice(let route, let office):
      return w.pick(
        "route \(route.rawValue) belongs to the \(route.office.rawValue), not the \(office.rawValue)",
        "das Verfahren \(w.code(route.rawValue)) gehört zur anderen Behörde")
    case .endsBeforeItBegins: return w.pick("ends before it begins", "endet vor dem Beginn")
    case .beforeGivenOn: return w.pick("before given_on", "liegt vor der Unterschrift")
    case .entriesInDateOrder: return w.pick("entries must be in date order", "die Einträge müssen nach Datum geordnet sein")
    case .scale(let a, let b, let got): return w.pick("must be \(a) to \(b), got \(got)", "muss zwischen \(a) und \(b) liegen (erfasst: \(got))")
    case .plausibleRange(let a, let b, let got):
      return w.pick("must be from \(a) to \(b), got \(got)", "muss zwischen \(a) und \(b) liegen (erfasst: \(got))")
    case .plausibleDate(let d):
      return w.pick("must lie between 1900-01-01 and 2100-12-31, got \(d.iso)", "muss zwischen 01.01.1900 und 31.12.2100 liegen (erfasst: \(d.german))")
    case .futureDate(let today, let value):
      return w.pick(
        "lies after today (\(today.iso)): \(value.iso) is not a fact yet",
        "Das Datum liegt nach dem heutigen Tag: erfasst wird nur, was schon geschehen ist.")
    case .suspendedContradictsRemitted:
      return w.pick(
        "false (never suspended or revoked) contradicts remitted: true (a remitted sentence was suspended)",
        "„nicht zur Bewährung ausgesetzt“ widerspricht „erlassen“ (eine erlassene Strafe war zur Bewährung ausgesetzt)")
    case .mustNotBeInFuture: return w.pick("must not be in the future", "darf nicht in der Zukunft liegen")
    case .mustNotBeInPast: return w.pick("must not be in the past", "darf nicht in der Vergangenheit liegen")

    case .fileClosed(let s):
      return w.pick(
        "the file is closed (\(s.rawValue)); only an administrator can reopen it",
        "die Akte ist abgeschlossen (\(w.code(s.rawValue))); nur die Administration kann sie wieder aufnehmen")
    case .cannotMove(let from, let to):
      return w.pick("cannot move from \(from.rawValue) to \(to.rawValue)", "von „\(w.code(from.rawValue))“ geht es nicht zu „\(w.code(to.rawValue))“")
    case .reasonRequiredForStep: return w.pick("a reason is required for this step", "dieser Schritt braucht eine Begründung")
    case .reopeningNeedsReason:
      return w.pick("reopening a closed file needs a reason", "das Wiederaufnehmen einer abgeschlossenen Akte braucht eine Begründung")
    case .lastEntryDiffers(let last, let status):
      return w.pick(
        "the last entry (\(last.rawValue)) must equal status (\(status.rawValue))",
        "der letzte Eintrag (\(w.code(last.rawValue))) muss dem Stand (\(w.code(status.rawValue))) entsprechen")
    case .statusDiffersFromHistory(let status, let end):
      return w.pick(
        "the status is \(status.rawValue) but the history ends in \(end.rawValue)",
        "der Stand ist „\(w.code(status.rawValue))“, der Verlauf endet aber mit „\(w.code(end.rawValue))“")
    case .statusChangeNeedsStep:
      return w.pick("a change of status needs its step in the history", "ein neuer Stand braucht seinen Schritt im Verlauf")
    case .storedHistoryRemoved:
      return w.pick("entries of the stored history cannot be removed", "gespeicherte Einträge des Verlaufs können nicht entfernt werden")
    case .storedHistoryChanged:
      return w.pick(
        "the stored history cannot be changed; new steps can only be added",
        "der gespeicherte Verlauf kann nicht geändert werden; nur neue Schritte kommen hinzu")
    case .beforePrecedingStep(let d): return w.pick("before the step preceding it (\(d.iso))", "liegt vor dem vorigen Schritt (\(d.german))")

    case .municipalityRequired: return w.pick("required (the person has none recorded)", "nötig (bei der Person ist keine erfasst)")
    case .notAMunicipality(let m): return w.pick("not a municipality of the district: \"\(m)\"", "keine Kommune des Kreises: „\(m)“")
    case .chooseAtLeastOneGap: return w.pick("choose at least one gap", "bitte mindestens eine offene Voraussetzung wählen")
    case .ruleListRequired: return w.pick("a list of rule ids is required", "bitte mindestens eine offene Voraussetzung wählen")
    case .notAWorkableGap(let rule):
      return w.pick(
        "\(rule) is not a gap case management can work on in this file today",
        "\(rule) ist in dieser Akte heute keine offene Voraussetzung, an der das Case Management arbeiten kann")
    case .reasonOrNoteRequired: return w.pick("a reason or note is required", "eine Begründung oder ein Vermerk ist nötig")
    case .factsOnResolveOnly: return w.pick("facts are recorded on resolve only", "Angaben werden nur beim Erledigen erfasst")
    case .caseManagementCannotRecord: return w.pick("case management cannot record this fact", "diese Angabe kann das Case Management nicht erfassen")
    case .storedFileUnreadable: return w.pick("the stored file could not be read", "die gespeicherte Akte konnte nicht gelesen werden")
    case .unproven(let rule, let fields, let documents):
      var options: [String] = []
      if !fields.isEmpty { options.append("one of " + fields.joined(separator: ", ")) }
      if !documents.isEmpty { options.append("a document " + documents.joined(separator: ", ")) }
      let what = options.isEmpty ? "nothing case management can record closes it; return it with a reason" : "record " + options.joined(separator: " or ")
      return w.pick("\(rule): \(Self.unprovenMarker); \(what)", "\(rule): nichts Erfasstes erfüllt diese Voraussetzung")

    case .notAFormDate(let raw): return w.pick("not a date: \"\(raw)\" (DD.MM.YYYY)", "kein gültiges Datum: „\(raw)“ (TT.MM.JJJJ)")
    case .formDateRequired: return w.pick("a date is required (DD.MM.YYYY)", "ein Datum ist nötig (TT.MM.JJJJ)")
    case .expectedYesOrNo(let got): return w.pick("expected yes or no" + (got.map { ", got \"\($0)\"" } ?? ""), "ja oder nein")
    case .notAnAmount(let raw): return w.pick("not an amount: \"\(raw)\"", "kein gültiger Betrag: „\(raw)“")
    case .documentIdRequired: return w.pick("a document id such as D03 is required", "bitte eine Unterlage wählen")
    case .chooseStatus: return w.pick("choose a status", "bitte einen Stand wählen")
    case .effortDateRequired: return w.pick("the date of the effort is required", "das Datum der Bemühung fehlt")
    case .singleLine: return w.pick("one line without control characters, please", "Bitte nur eine Zeile ohne Steuerzeichen.")
    case .postalCodeCharacters:
      return w.pick("only letters, digits, spaces and hyphens", "Nur Buchstaben, Ziffern, Leerzeichen und Bindestrich.")
    case .germanPostalCode:
      return w.pick(
        "a German postal code has 5 digits (abroad with the country's letters before it, e.g. A-1010)",
        "Eine deutsche Postleitzahl hat 5 Ziffern (im Ausland das Länderkürzel davor, z. B. A-1010).")
    case .confirmClosing: return w.pick("please confirm that the file is closed", "Bitte bestätigen Sie, dass die Akte abgeschlossen wird.")
    case .dateInFuture: return w.pick("the date lies in the future", "Das Datum liegt in der Zukunft.")
    case .closingReasonRequired:
      return w.pick("please give the reason (e.g. the letter of withdrawal of …)", "Bitte geben Sie den Grund an (z. B. Rücknahmeschreiben vom …).")

    case .unknownFormat(let path): return w.pick("\(path): unknown format; use .json, .jsonl or .csv", "\(path): unbekanntes Format; bitte .json, .jsonl oder .csv")
    case .cannotReadFile(let path): return w.pick("\(path): cannot read the file", "\(path): die Datei kann nicht gelesen werden")
    case .invalidJSON(let column, let message, let nothingRead):
      return w.pick(
        "invalid JSON at column \(column): \(message)" + (nothingRead ? "; nothing was read from this file" : ""),
        "ungültiges JSON in Spalte \(column): \(message)" + (nothingRead ? "; aus dieser Datei wurde nichts gelesen" : ""))
    case .expectedCaseFileList: return w.pick("expected a list of case files", "eine Liste von Akten ist nötig")
    case .expectedCaseFileObject: return w.pick("expected a case file object", "eine Akte (JSON-Objekt) ist nötig")
    case .appearsTwiceInImport(let first):
      return w.pick("appears twice in this import (first at \(first))", "kommt in diesem Import doppelt vor (zuerst bei \(first))")
    case .groupFilesWithoutMain:
      return w.pick("group files were given without the main case CSV file", "Gruppendateien ohne die Haupt-CSV-Datei der Akten")
    case .unknownColumn: return w.pick("unknown column", "unbekannte Spalte")
    case .fileNoColumnRequired: return w.pick("the column file_no is required", "die Spalte file_no ist nötig")
    case .cellCount(let cells, let columns): return w.pick("\(cells) cells but \(columns) columns", "\(cells) Zellen, aber \(columns) Spalten")
    case .expectedItemCount(let got): return w.pick("expected a count of items, got \"\(got)\"", "eine Anzahl ist nötig (angegeben: „\(got)“)")
    case .notInMainCSV: return w.pick("no such file in the main CSV file", "diese Akte fehlt in der Haupt-CSV-Datei")
    case .itemCountDiffers(let declared, let group, let found):
      return w.pick(
        "says \(declared) item(s) but the \(group) file has \(found)", "nennt \(declared) Einträge, die Datei \(group) hat aber \(found)")
    case .changedWhileListRead:
      return w.pick(
        "changed in backlog while the list was read; import the list again",
        "wurde während des Lesens der Liste geändert; bitte die Liste noch einmal importieren")
    case .noFileNumberColumn:
      return w.pick(
        "no column holds the file number (Aktenzeichen, Az.); name it in a profile (columns: {\"HEADER\": file_no})",
        "keine Spalte enthält das Aktenzeichen (Aktenzeichen, Az.); bitte im Profil benennen")
    case .municipalityOutsideOffice(let m):
      return w.pick(
        "municipality \"\(m)\" is not one of the office's municipalities: kept and flagged for the clerk",
        "die Kommune „\(m)“ gehört nicht zum Kreis: übernommen und für die Sachbearbeitung markiert")
    case .personalDataDeleted(let on):
      return w.pick(
        "this file's personal data was deleted on \(on) under the retention rules; an old list must not bring it back (remove the record, or ask the data-protection officer)",
        "die personenbezogenen Daten dieser Akte wurden am \(on) nach den Löschfristen gelöscht; eine alte Liste darf sie nicht zurückbringen")
    case .inField(let path, let reason): return "\(w.field(path)): \(reason.text(w))"

    case .periodReversed(let from, let to):
      return w.pick("the period starts after it ends (\(from.iso) > \(to.iso))", "der Zeitraum beginnt nach seinem Ende (\(from.german) > \(to.german))")
    case .periodTooLong(let years): return w.pick("a report covers at most \(years) years", "ein Bericht umfasst höchstens \(years) Jahre")
    case .reportWithoutTeams(let name):
      return w.pick(
        "the report \(name) has no teams; teams apply to throughput, backlog and cycle-time", "der Bericht \(name) kennt keine Teams")
    case .reportWithoutMunicipalities(let name):
      return w.pick(
        "the report \(name) cannot be limited to a municipality", "der Bericht \(name) lässt sich nicht auf eine Kommune beschränken")
    case .described(let text): return text
    }
  }

  /// The words that mark a resolve step without evidence (pages offer "return").
  public static let unprovenMarker = "nothing recorded closes this gap"
}

extension Reason.Expectation {
  func text(_ w: Wording) -> String {
    switch self {
    case .text: return w.pick("text", "ein Text")
    case .bool: return w.pick("true or false", "ja oder nein")
    case .wholeNumber: return w.pick("a whole number", "eine ganze Zahl")
    case .number: return w.pick("a number", "eine Zahl")
    case .date: return w.pick("a date YYYY-MM-DD", "ein Datum im Format JJJJ-MM-TT")
    case .object: return w.pick("an object", "ein Objekt (JSON)")
    case .list: return w.pick("a list", "eine Liste")
    case .wholeNumberIn(let a, let b): return w.pick("a whole number from \(a) to \(b)", "eine ganze Zahl von \(a) bis \(b)")
    case .plausibleDate: return w.pick("a date YYYY-MM-DD between 1900-01-01 and 2100-12-31", "ein Datum zwischen 01.01.1900 und 31.12.2100")
    case .office: return w.pick("EBH or ABH", "Einbürgerungsbehörde oder Ausländerbehörde (EBH/ABH)")
    case .team: return w.pick("kim or regular", "KIM oder regulär")
    case .municipalityName(let n): return w.pick("a municipality's name of at most \(n) characters", "der Name einer Kommune mit höchstens \(n) Zeichen")
    case .downloadFormat(let html): return (html ? "html, " : "") + w.pick("csv, csv-plain or json", "csv, csv-plain oder json")
    case .oneOf(let values): return w.pick("one of ", "einer dieser Werte: ") + values.joined(separator: ", ")
    case .statesFrom(let values): return w.pick("states from ", "Zustände aus: ") + values.joined(separator: ", ")
    case .ascOrDesc: return w.pick("asc or desc", "asc oder desc (aufsteigend oder absteigend)")
    case .atMostCharacters(let n): return w.pick("at most \(n) characters", "höchstens \(n) Zeichen")
    }
  }
}

extension Reason.Found {
  func text(_ w: Wording) -> String {
    switch self {
    case .text(let s): return w.pick("\"\(s)\"", "„\(s)“")
    case .number(let n): return n
    case .object: return w.pick("an object", "ein Objekt")
    case .list: return w.pick("a list", "eine Liste")
    case .bool: return w.pick("true/false", "ja/nein")
    case .null: return w.pick("null", "nichts")
    }
  }
}
