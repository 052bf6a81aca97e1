import CaseModel
import Eligibility

/// The data of the letter to the applicant (always German: it goes to the applicant).
struct LetterView {
  let data: [String: Any]

  init(file: CaseFile, missing: MissingItems?, today: Day) {
    let documents = missing?.documents ?? []
    let conditional = missing?.conditional ?? []
    let points = missing?.points ?? []
    let name = [file.person.givenNames, file.person.familyName].compactMap { $0 }.joined(separator: " ")
    data = [
      "fileNo": file.fileNo, "fileHref": Links.file(file.fileNo), "recipient": name, "municipality": file.person.municipality ?? "",
      "officeName": file.office == .EBH ? "Einbürgerungsbehörde" : "Ausländerbehörde",
      "date": today.german, "received": file.receivedOn.german, "deadline": today.adding(days: 28).german,
      "documents": documents.map { ["name": $0.name] }, "hasDocuments": !documents.isEmpty,
      "conditional": conditional.map { ["name": $0.name, "onlyIf": $0.onlyIf ?? ""] },
      "hasConditional": !conditional.isEmpty, "hasAnyDocument": !documents.isEmpty || !conditional.isEmpty,
      "points": points, "hasPoints": !points.isEmpty,
      "nothingMissing": documents.isEmpty && conditional.isEmpty && points.isEmpty,
    ]
  }
}
