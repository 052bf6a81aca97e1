// swift-tools-version:6.2
import PackageDescription

// Module map (see README "Where things live"):
// BacklogConfig (the configuration file) -> WebApp, BacklogCommands
// CaseModel -> CaseExchange -> CaseStore -> Reports -> WebApp -> BacklogCommands -> backlog
//           -> Checklists -> Eligibility -> Referrals ->
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
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
  ],
  targets: [
    .target(name: "CaseModel"),
    .target(name: "CaseExchange", dependencies: ["CaseModel"]),
    .target(name: "Checklists", dependencies: ["CaseModel", .product(name: "Yams", package: "Yams")]),
    .target(name: "Eligibility", dependencies: ["CaseModel", "Checklists", "CaseExchange"]),
    .target(name: "Referrals", dependencies: ["CaseModel", "CaseExchange", "Eligibility"]),
    .target(
      name: "CaseStore",
      dependencies: [
        "CaseModel", "CaseExchange", "Eligibility", "Referrals", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "DemoDistrict", dependencies: ["CaseModel"]),
    .target(name: "BacklogConfig", dependencies: [.product(name: "Yams", package: "Yams")]),
    .target(
      name: "Reports",
      dependencies: ["CaseModel", "CaseStore", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(
      name: "WebApp",
      dependencies: [
        "CaseModel", "CaseExchange", "CaseStore", "Eligibility", "Referrals", "Reports", "BacklogConfig",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      resources: [.copy("Resources/templates"), .copy("Resources/static")]),
    .target(
      name: "BacklogCommands",
      dependencies: [
        "CaseModel", "CaseExchange", "Checklists", "Eligibility", "CaseStore", "DemoDistrict", "Reports", "WebApp", "Referrals",
        "BacklogConfig", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "backlog", dependencies: ["BacklogCommands"]),
    .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
    .testTarget(name: "BacklogConfigTests", dependencies: ["BacklogConfig"]),
    .testTarget(name: "CaseExchangeTests", dependencies: ["CaseExchange"]),
    .testTarget(name: "EligibilityTests", dependencies: ["Eligibility", "Checklists", "CaseExchange"]),
    .testTarget(name: "CaseStoreTests", dependencies: ["CaseStore", "CaseExchange", "Checklists", "Eligibility", "Referrals"]),
    .testTarget(name: "ReferralsTests", dependencies: ["Referrals", "CaseExchange"]),
    .testTarget(name: "DemoDistrictTests", dependencies: ["DemoDistrict", "CaseExchange"]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports", "CaseStore", "CaseModel", "DemoDistrict"]),
    .testTarget(
      name: "WebAppTests",
      dependencies: [
        "WebApp", "CaseStore", "CaseModel", "DemoDistrict", "Checklists", "Eligibility", "Reports",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
    .testTarget(name: "BacklogCommandsTests", dependencies: ["BacklogCommands", "CaseStore", "CaseExchange"]),
  ]
)
