import CaseModel
import CaseStore
import Casework
import Eligibility
import Hummingbird
import Referrals

/// A referral of one gap for many files from the queue (issue 13): first a confirmation page
/// with the count and every file and what will happen to it (nothing is sent yet); its POST
/// (CSRF-protected like every form) refers exactly the files listed and answers with the result
/// of each: sent, proposed (no consent), or skipped with the reason.
extension FileReferralController {
  struct BulkRequest {
    var rule: String
    var due: Day?
    var note: String?
    var back: String

    /// The fields the confirmation carries over to the referring POST.
    var hidden: [[String: String]] {
      [["name": "rule", "value": rule], ["name": "due_on", "value": due?.iso ?? ""], ["name": "note", "value": note ?? ""],
       ["name": "back", "value": back]]
    }
  }

  static func bulkRequest(_ form: Form) throws -> BulkRequest {
    guard let rule = form["rule"] else { throw AppError(.badRequest, .chooseGapToRefer) }
    let back = form["back"].flatMap { $0.hasPrefix("/queue") ? $0 : nil } ?? "/queue"
    return BulkRequest(rule: rule, due: form["due_on"].flatMap(FactsForm.day), note: form["note"], back: back)
  }

  /// The confirmation page: the files chosen (or all matching the queue's filters), each with
  /// what referring would do. The list read is audited like the queue.
  func confirmBulk(_ request: Request, context: AppRequestContext, form: Form) async throws -> Response {
    let (account, office) = try policy.clerk(context)
    let bulk = try Self.bulkRequest(form)
    let chosen = form["all_matching"] == "1" ? try await matching(bulk.back, office: office) : form.all("file_no")
    let fileNos = Array(Set(chosen)).sorted()
    let engine = try casework.requiredEngine()
    let rows = try await casework.previewReferrals(rule: bulk.rule, fileNos: fileNos, office: office)
    try await casework.auditListRead(
      actor: policy.actor(account),
      ListRead(list: "queue.refer-confirm", filters: [(name: "rule", value: bulk.rule)], total: rows.count, fileNos: rows.map(\.fileNo)))
    let t = Strings.table(context.language)
    let view = BulkReferralView(bulk: bulk, engine: engine, strings: t, language: context.language)
    let data = view.confirm(rows)
    return files.pages.render("referral_bulk", title: t["bulk_confirm_title"]!, context: context, data: data, request: request)
  }

  /// Refers the listed files, each in its own transaction; the page lists every outcome.
  func executeBulk(_ request: Request, context: AppRequestContext, form: Form) async throws -> Response {
    let (_, office) = try policy.clerk(context)
    let party = try policy.referralParty(context)
    let bulk = try Self.bulkRequest(form)
    let engine = try casework.requiredEngine()
    var results: [(fileNo: String, plan: ReferralPreviewRow.Plan, id: Int64?)] = []
    func refer(_ fileNo: String, send: Bool) async throws -> Int64 {
      let new = NewReferral(fileNo: fileNo, rules: [bulk.rule], note: bulk.note, dueOn: bulk.due, send: send)
      return try await casework.refer(new, by: party)
    }
    // The store checks office, gap and consent in each referral's transaction.
    for fileNo in Array(Set(form.all("file_no"))).sorted() {
      do {
        results.append((fileNo, .send, try await refer(fileNo, send: true)))
      } catch ReferralError.noConsent {
        do { results.append((fileNo, .propose, try await refer(fileNo, send: false))) } catch let e as ReferralError {
          results.append((fileNo, .skip(e), nil))
        }
      } catch let e as ReferralError {
        results.append((fileNo, .skip(e), nil))
      }
    }
    await cache.invalidate(office: office)
    let t = Strings.table(context.language)
    let view = BulkReferralView(bulk: bulk, engine: engine, strings: t, language: context.language)
    return files.pages.render(
      "referral_bulk", title: t["bulk_done_title"]!, context: context, data: view.results(results), request: request)
  }
}
