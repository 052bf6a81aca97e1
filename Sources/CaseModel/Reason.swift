/// Why a value was refused, typed: the model, the exchange formats, the store, the referral rules
/// and the forms name a reason by its case, and `Reason+Wording.swift` words each one in English
/// (the API's `reason`, the command line) and German (the pages) in one place.
public indirect enum Reason: Sendable, Hashable {
  // MARK: presence, length, form
  /// "required" (a form or API parameter).
  case required
  /// "required field is missing" (a case file's member).
  case requiredFieldMissing
  case mustNotBeEmpty
  case atMostCharacters(Int)
  case atMostCharactersGot(Int, got: Int)
  /// "1 to N characters".
  case charactersBetween(Int, Int)
  case cannotBeChanged
  case appearsTwice
  /// An unknown member of an object; `others` names the further ones.
  case unknownField(others: [String])
  /// "unknown value "x"" with the allowed values if named.
  case unknownValue(String, allowed: String?)
  /// "expected a whole number, got "x"".
  case expected(Expectation, got: Found)
  /// "EBH or ABH, got "x"" (a parameter of a report or a download).
  case given(Expectation, got: String)
  /// "must be X" (a value the address or the context fixes).
  case mustBe(String)
  /// "one of a, b, c".
  case oneOf([String])
  case trueOrFalse
  case anObject
  case dateFormat
  case malformedPercentEncoding

  // MARK: values of a case file
  case countryCode(String)
  case languageCode(String)
  case routeOfOtherOffice(Route, office: Office)
  case endsBeforeItBegins
  case beforeGivenOn
  case entriesInDateOrder
  /// "must be 1 to 4, got 5" (a scale).
  case scale(Int, Int, got: Int)
  /// "must be from 0 to 720, got 800" (a plausible range).
  case plausibleRange(String, String, got: String)
  case plausibleDate(Day)
  case futureDate(today: Day, value: Day)
  case suspendedContradictsRemitted
  case mustNotBeInFuture
  case mustNotBeInPast

  // MARK: stages and history
  case fileClosed(CaseStatus)
  case cannotMove(from: CaseStatus, to: CaseStatus)
  case reasonRequiredForStep
  case reopeningNeedsReason
  case lastEntryDiffers(last: CaseStatus, status: CaseStatus)
  case statusDiffersFromHistory(status: CaseStatus, historyEnd: CaseStatus)
  case statusChangeNeedsStep
  case storedHistoryRemoved
  case storedHistoryChanged
  case beforePrecedingStep(Day)

  // MARK: referrals
  case municipalityRequired
  case notAMunicipality(String)
  case chooseAtLeastOneGap
  case ruleListRequired
  case notAWorkableGap(rule: String)
  case reasonOrNoteRequired
  case factsOnResolveOnly
  case caseManagementCannotRecord
  case storedFileUnreadable
  /// A resolve step records nothing that closes the gap `rule`: record one of `fields` or a
  /// document of `documents` (neither: return it).
  case unproven(rule: String, fields: [String], documents: [String])

  // MARK: forms
  case notAFormDate(String)
  case formDateRequired
  case expectedYesOrNo(got: String?)
  case notAnAmount(String)
  case documentIdRequired
  case chooseStatus
  case effortDateRequired
  case singleLine
  case postalCodeCharacters
  case germanPostalCode
  case confirmClosing
  case dateInFuture
  case closingReasonRequired

  // MARK: imports
  case unknownFormat(path: String)
  case cannotReadFile(path: String)
  case invalidJSON(column: Int, message: String, nothingRead: Bool)
  case expectedCaseFileList
  case expectedCaseFileObject
  case appearsTwiceInImport(first: String)
  case groupFilesWithoutMain
  case unknownColumn
  case fileNoColumnRequired
  case cellCount(cells: Int, columns: Int)
  case expectedItemCount(got: String)
  case notInMainCSV
  case itemCountDiffers(declared: Int, group: String, found: Int)
  case changedWhileListRead
  case noFileNumberColumn
  case municipalityOutsideOffice(String)
  case personalDataDeleted(on: String)
  /// `reason` of the field at `path` (an office list's row names the column, the path the fact).
  case inField(String, Reason)

  // MARK: periods of reports
  case periodReversed(from: Day, to: Day)
  case periodTooLong(years: Int)
  case reportWithoutTeams(String)
  case reportWithoutMunicipalities(String)

  /// A reason worded elsewhere (in English, or already in the page's language): an office list's
  /// cell, a parser's message, an error passed through. Pages show it as it is.
  case described(String)

  /// What a value should have been.
  public enum Expectation: Sendable, Hashable {
    case text, bool, wholeNumber, number, date, object, list
    /// "a whole number from 1 to 100".
    case wholeNumberIn(Int, Int)
    /// "a date YYYY-MM-DD between 1900-01-01 and 2100-12-31".
    case plausibleDate
    /// "EBH or ABH", "kim or regular".
    case office, team
    case municipalityName(maximum: Int)
    /// "html, csv, csv-plain or json" (the page's formats with HTML).
    case downloadFormat(html: Bool)
    /// "one of a, b", "states from a, b", "asc or desc".
    case oneOf([String]), statesFrom([String]), ascOrDesc
    case atMostCharacters(Int)
  }

  /// What a value was instead.
  public enum Found: Sendable, Hashable {
    case text(String), number(String), object, list, bool, null
  }
}
