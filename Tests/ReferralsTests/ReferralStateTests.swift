import CaseModel
import Testing

@testable import Referrals

@Suite("Referral states and actions")
struct ReferralStateTests {
  @Test("a sent referral can be accepted or declined by case management and withdrawn by the office")
  func sentReferral() {
    #expect(ReferralAction.allowed(in: .sent, for: .caseManagement) == [.accept, .decline])
    #expect(ReferralAction.allowed(in: .sent, for: .office) == [.withdraw])
  }

  @Test("an accepted referral can be worked on, resolved or returned, and withdrawn by the office")
  func acceptedReferral() {
    #expect(ReferralAction.allowed(in: .accepted, for: .caseManagement) == [.progress, .resolve, .return])
    #expect(ReferralAction.allowed(in: .inProgress, for: .caseManagement) == [.progress, .resolve, .return])
    #expect(ReferralAction.allowed(in: .inProgress, for: .office) == [.withdraw])
  }

  @Test("a proposal is sent or withdrawn by the office; case management cannot act on it")
  func proposal() {
    #expect(ReferralAction.allowed(in: .proposed, for: .office) == [.send, .withdraw])
    #expect(ReferralAction.allowed(in: .proposed, for: .caseManagement).isEmpty)
    #expect(!ReferralState.proposed.isVisibleToCaseManagement)
  }

  @Test("closed referrals allow nothing but the clerk taking note of a return")
  func closedReferrals() {
    for state in [ReferralState.resolved, .returned, .declined] {
      #expect(ReferralAction.allowed(in: state, for: .office) == [.seen])
      #expect(ReferralAction.allowed(in: state, for: .caseManagement).isEmpty)
    }
    #expect(ReferralAction.allowed(in: .withdrawn, for: .office).isEmpty)
    #expect(ReferralAction.allowed(in: .withdrawn, for: .caseManagement).isEmpty)
  }

  @Test("every state is reached from proposed by some path, and only open states can be withdrawn")
  func reachability() {
    var reached: Set<ReferralState> = [.proposed]
    var frontier: [ReferralState] = [.proposed]
    while let s = frontier.popLast() {
      for a in ReferralAction.allCases { if let n = a.next(from: s), reached.insert(n).inserted { frontier.append(n) } }
    }
    #expect(reached == Set(ReferralState.allCases))
    for s in ReferralState.allCases { #expect((ReferralAction.withdraw.next(from: s) != nil) == s.isOpen) }
  }

  @Test("a case manager reaches sent referrals of their municipalities only; a clerk those of the office")
  func reach() {
    let cm = ReferralParty.caseManager("k.jung", municipalities: ["Siegburg", "Lohmar"])
    #expect(cm.reaches(office: .EBH, municipality: "Lohmar", state: .sent))
    #expect(!cm.reaches(office: .EBH, municipality: "Troisdorf", state: .sent))
    #expect(!cm.reaches(office: .EBH, municipality: "Siegburg", state: .proposed))
    let clerk = ReferralParty.clerk("m.schmitz", office: .EBH)
    #expect(clerk.reaches(office: .EBH, municipality: "Troisdorf", state: .proposed))
    #expect(!clerk.reaches(office: .ABH, municipality: "Siegburg", state: .sent))
  }

  @Test("a consent counts from the day it was given up to the day before it was withdrawn")
  func consentValidity() {
    let c = Consent(scope: .caseManagementReferral, givenOn: Day(iso: "2026-01-10")!, withdrawnOn: Day(iso: "2026-03-01")!)
    #expect(!c.isValid(on: Day(iso: "2026-01-09")!))
    #expect(c.isValid(on: Day(iso: "2026-01-10")!))
    #expect(c.isValid(on: Day(iso: "2026-02-28")!))
    #expect(!c.isValid(on: Day(iso: "2026-03-01")!))
  }
}
