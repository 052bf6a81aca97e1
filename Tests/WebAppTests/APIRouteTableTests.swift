import CaseModel
import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// Every API route against every role, with the status each must get. A new route or role is a
/// new row or column here; a change of the access policy shows as a failed cell.
@Suite("API routes by role")
struct APIRouteTableTests {
  enum Who: String, CaseIterable { case anonymous, ebh, abh, cm, management, admin }
  typealias S = HTTPResponse.Status

  struct Row {
    var method: HTTPRequest.Method
    var uri: String
    var body: String? = nil
    var expect: [Who: S]
  }

  static func all(_ s: S, except: [Who: S] = [:]) -> [Who: S] {
    var d: [Who: S] = [:]
    for w in Who.allCases { d[w] = except[w] ?? s }
    d[.anonymous] = except[.anonymous] ?? .unauthorized
    return d
  }

  static let rows: [Row] = [
    Row(method: .get, uri: "/api/v1/files", expect: all(.forbidden, except: [.ebh: .ok, .abh: .ok])),
    Row(method: .get, uri: "/api/v1/files/EBH-2026-00001", expect: all(.forbidden, except: [.ebh: .ok, .abh: .notFound])),
    Row(method: .get, uri: "/api/v1/files/ABH-2025-00001", expect: all(.forbidden, except: [.ebh: .notFound, .abh: .ok])),
    Row(method: .get, uri: "/api/v1/files/EBH-2026-00001/screening", expect: all(.forbidden, except: [.ebh: .ok, .abh: .notFound])),
    Row(method: .put, uri: "/api/v1/files/EBH-2026-00001", body: "{}", expect: all(.forbidden, except: [.ebh: .unprocessableContent, .abh: .notFound])),
    Row(method: .get, uri: "/api/v1/audit", expect: all(.forbidden, except: [.admin: .ok])),
    Row(method: .get, uri: "/api/v1/reports/throughput", expect: all(.forbidden, except: [.management: .ok, .admin: .ok])),
    Row(method: .get, uri: "/api/v1/referrals", expect: all(.forbidden, except: [.ebh: .ok, .abh: .ok, .cm: .ok])),
    Row(method: .get, uri: "/api/v1/referrals/999999", expect: all(.forbidden, except: [.ebh: .notFound, .abh: .notFound, .cm: .notFound])),
    Row(
      method: .post, uri: "/api/v1/referrals/999999/events", body: #"{"action":"accept","version":1}"#,
      expect: all(.forbidden, except: [.ebh: .notFound, .abh: .notFound, .cm: .notFound])),
    Row(
      method: .post, uri: "/api/v1/files/EBH-2026-00001/referrals", body: #"{"rules":["x"],"municipality":"Siegburg"}"#,
      expect: all(.forbidden, except: [.ebh: .unprocessableContent, .abh: .notFound])),
  ]

  static func role(_ who: Who) -> Role? {
    switch who {
    case .anonymous: nil
    case .ebh: .ebhClerk
    case .abh: .abhClerk
    case .cm: .caseManager
    case .management: .management
    case .admin: .admin
    }
  }

  @Test("every API route answers every role as the access policy says")
  func table() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var wrong: [String] = []
      for row in Self.rows {
        for who in Who.allCases {
          let headers = Self.role(who).map { world.bearer($0) } ?? [:]
          let r = try await client.execute(
            uri: row.uri, method: row.method, headers: headers, body: row.body.map { ByteBuffer(string: $0) })
          if let want = row.expect[who], r.status != want {
            wrong.append("\(row.method) \(row.uri) as \(who.rawValue): \(r.status.code), expected \(want.code)")
          }
        }
      }
      #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }
  }
}
