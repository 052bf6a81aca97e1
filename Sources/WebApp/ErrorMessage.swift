import CaseModel

/// The web layer's own error messages, worded in English (the API's `error`, the log) and German
/// (the error page) in one place. Messages that only the API or the log show, and those of 403
/// and 404 (pages show their own text), stay plain English `AppError` messages.
enum ErrorMessage: Worded, Hashable {
  case fileNumberInvalid, fileNumberRequired, unknownDownloadFormat, unknownStage, unknownAction, versionMissing
  case ownAccountLock
  case uploadExpected, uploadUnreadable, uploadWithoutFile, uploadEmpty
  case chooseGapToRefer
  case invalidQueryParameter(String)
  case invalidReportParameters, reportNotPossible
  case fileNotValid, referralNotValid, screeningUnavailable
  case requestTooLarge, internalError

  func text(_ w: Wording) -> String {
    switch self {
    case .fileNumberInvalid: return w.pick("the file number in the address is not valid", "das Aktenzeichen in der Adresse ist ungültig")
    case .fileNumberRequired: return w.pick("file_no is required", "das Aktenzeichen fehlt")
    case .unknownDownloadFormat: return w.pick("unknown download format", "unbekanntes Download-Format")
    case .unknownStage: return w.pick("unknown stage", "unbekannter Stand")
    case .unknownAction: return w.pick("unknown action", "unbekannter Schritt")
    case .versionMissing: return w.pick("version missing", "der Bearbeitungsstand (Version) fehlt; bitte die Seite neu laden")
    case .ownAccountLock: return w.pick("an administrator cannot lock their own account", "das eigene Konto kann nicht gesperrt werden")
    case .uploadExpected: return w.pick("expected a file upload (multipart/form-data)", "bitte eine Datei hochladen")
    case .uploadUnreadable: return w.pick("the upload cannot be read", "die hochgeladene Datei kann nicht gelesen werden")
    case .uploadWithoutFile: return w.pick("the upload has no file", "die hochgeladene Datei kann nicht gelesen werden")
    case .uploadEmpty: return w.pick("the uploaded file is empty", "die hochgeladene Datei ist leer")
    case .chooseGapToRefer:
      return w.pick("choose the gap (rule) to refer", "bitte die offene Voraussetzung wählen, die vermittelt werden soll")
    case .invalidQueryParameter(let name): return w.pick("invalid query parameter \(name)", "ungültige Angabe in der Adresse (\(name))")
    case .invalidReportParameters: return w.pick("invalid report parameters", "ungültige Angaben für den Bericht")
    case .reportNotPossible: return w.pick("the report cannot be made for this choice", "der Bericht kann für diese Auswahl nicht erstellt werden")
    case .fileNotValid: return w.pick("the file is not valid", "die Akte ist nicht gültig")
    case .referralNotValid: return w.pick("the referral is not valid", "die Vermittlung ist nicht gültig")
    case .screeningUnavailable:
      return w.pick("the server runs without checklists; this needs the screening", "der Server läuft ohne Regelwerk; die Prüfung ist nicht verfügbar")
    case .requestTooLarge: return w.pick("the request body is too large", "die Anfrage ist zu groß")
    case .internalError: return w.pick("internal error", "interner Fehler")
    }
  }
}
