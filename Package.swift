// swift-tools-version:6.2
import PackageDescription

// Module map (see README "Where things live"):
// StrictYAML (the strict YAML reader) -> BacklogConfig, Checklists, Reports, OfficeLists
// BacklogConfig (the configuration file) -> WebApp, BacklogCommands
// CaseModel -> CaseExchange -> CaseStore (persistence) -> Reports -> WebApp -> BacklogCommands -> backlog
//           -> Checklists -> Eligibility -> Referrals -> Casework (the office's rules) -^
//           -> DemoDistrict ->
let package = Package(
  name: "backlog",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "backlog", targets: ["backlog"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/vapor/multipart-kit", exact: "4.7.1"),
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    .package(url: "https://github.com/apple/swift-metrics", exact: "2.13.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
  ],
  targets: [
    .target(name: "CaseModel"),
    .target(name: "CaseExchange", dependencies: ["CaseModel"]),
    .target(name: "Checklists", dependencies: ["CaseModel", "StrictYAML"]),
    .target(name: "Eligibility", dependencies: ["CaseModel", "Checklists", "CaseExchange"]),
    .target(name: "Referrals", dependencies: ["CaseModel", "CaseExchange", "Eligibility"]),
    .target(
      name: "CaseStore",
      dependencies: [
        "CaseModel", "CaseExchange", "OfficeLists", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "Casework",
      dependencies: ["CaseModel", "CaseExchange", "CaseStore", "Checklists", "Eligibility", "Referrals", "OfficeLists"]),
    .target(name: "DemoDistrict", dependencies: ["CaseModel"]),
    .target(name: "StrictYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
    .target(name: "BacklogConfig", dependencies: ["StrictYAML"]),
    .target(
      name: "OfficeLists",
      dependencies: [
        "CaseModel", "CaseExchange", "StrictYAML",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .target(
      name: "Reports",
      dependencies: ["CaseModel", "CaseExchange", "CaseStore", "StrictYAML"]),
    .target(
      name: "WebApp",
      dependencies: [
        "CaseModel", "CaseExchange", "CaseStore", "Casework", "Eligibility", "Referrals", "Reports", "BacklogConfig",
        "OfficeLists", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
        .product(name: "MultipartKit", package: "multipart-kit"),
      ],
      resources: [.copy("Resources/templates"), .copy("Resources/static")]),
    .target(
      name: "BacklogCommands",
      dependencies: [
        "CaseModel", "CaseExchange", "Checklists", "Eligibility", "CaseStore", "Casework", "DemoDistrict", "Reports", "WebApp",
        "Referrals", "OfficeLists",
        "BacklogConfig", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]),
    .executableTarget(name: "backlog", dependencies: ["BacklogCommands"]),
    .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
    .testTarget(name: "BacklogConfigTests", dependencies: ["BacklogConfig"]),
    .testTarget(name: "StrictYAMLTests", dependencies: ["StrictYAML"]),
    .testTarget(name: "CaseExchangeTests", dependencies: ["CaseExchange"]),
    .testTarget(name: "EligibilityTests", dependencies: ["Eligibility", "Checklists", "CaseExchange"]),
    .testTarget(
      name: "CaseStoreTests",
      dependencies: ["CaseStore", "Casework", "OfficeLists", "CaseExchange", "Checklists", "Eligibility", "Referrals", "DemoDistrict", "Reports"]),
    .testTarget(
      name: "CaseworkTests", dependencies: ["Casework", "CaseStore", "CaseModel", "CaseExchange", "Eligibility", "Referrals"]),
    .testTarget(name: "ReferralsTests", dependencies: ["Referrals", "CaseExchange"]),
    .testTarget(name: "OfficeListsTests", dependencies: ["OfficeLists", "CaseModel", "CaseExchange"]),
    .testTarget(name: "DemoDistrictTests", dependencies: ["DemoDistrict", "CaseExchange"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports", "CaseStore", "CaseModel", "DemoDistrict"]),
    .testTarget(
      name: "WebAppTests",
      dependencies: [
        "WebApp", "CaseStore", "Casework", "CaseModel", "DemoDistrict", "Checklists", "Eligibility", "Reports", "Referrals", "BacklogConfig",
        .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "BacklogCommandsTests",
      dependencies: ["BacklogCommands", "CaseStore", "Casework", "CaseExchange", .product(name: "GRDB", package: "GRDB.swift")]),
  ]
)
