import Foundation

/// Uploaded lists between the upload, the corrections of the mapping and the import: held in
/// memory only (personal data is not written anywhere before the import), a few at a time and
/// for at most an hour.
actor ListUploads {
  struct Upload: Sendable {
    var name: String
    var bytes: [UInt8]
    var owner: String
    var at: Date
  }

  static let maxUploads = 4
  static let lifetime: TimeInterval = 3600
  private var uploads: [String: Upload] = [:]

  func add(_ upload: Upload) -> String {
    uploads = uploads.filter { upload.at.timeIntervalSince($0.value.at) < Self.lifetime }
    while uploads.count >= Self.maxUploads, let oldest = uploads.min(by: { $0.value.at < $1.value.at }) {
      uploads[oldest.key] = nil
    }
    var bytes = [UInt8](repeating: 0, count: 16)
    for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255) }
    let id = bytes.map { String(format: "%02x", $0) }.joined()
    uploads[id] = upload
    return id
  }

  /// The upload, to the administrator who made it.
  func get(_ id: String, owner: String) -> Upload? {
    guard let u = uploads[id], u.owner == owner, Date().timeIntervalSince(u.at) < Self.lifetime else { return nil }
    return u
  }

  func remove(_ id: String) { uploads[id] = nil }
}
