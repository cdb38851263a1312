// swift-tools-version:6.0
import PackageDescription

// One library per pipeline stage; data flows one way:
// source text → ProfileSyntax → ProfileModel → ProfileValidation → (layout, render, diff, catalogue).
let package = Package(
    name: "beroepsbeeld",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "beroepsbeeld", targets: ["beroepsbeeld"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    ],
    targets: [
        .target(name: "ProfileSyntax"),
        .target(name: "ProfileModel", dependencies: ["ProfileSyntax", "ParallelMap"]),
        .target(name: "ProfileValidation", dependencies: ["ProfileSyntax", "ProfileModel"]),
        .target(name: "ProfileDiff", dependencies: ["ProfileSyntax", "ProfileModel"]),
        // Hybrid professionals: a draft hybrid from two profiles, and Job Twinning pairs; reuses the diff's matcher.
        .target(
            name: "HybridMatch",
            dependencies: ["ProfileSyntax", "ProfileModel", "ProfileDiff", .product(name: "SwiftCSV", package: "SwiftCSV"),
                           .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "ProfileCatalog",
            dependencies: ["ParallelMap", "ProfileSyntax", "ProfileModel", "ProfileValidation", "ProfileDiff",
                           .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The poster: C bindings to cairo + Pango, the pure layout stage, the cairo drawing backend.
        .systemLibrary(
            name: "CCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // libhyphen, which has no pkg-config file: the module map links it by name.
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-nl", "hyphen-en-us"])]),
        .target(name: "PosterLayout", dependencies: ["ProfileSyntax", "ProfileModel", "CCairo", "CHyphen"]),
        .target(name: "PosterRender", dependencies: ["PosterLayout", "CCairo", "ParallelMap"]),
        .target(name: "DiffPoster", dependencies: ["ProfileSyntax", "ProfileModel", "ProfileDiff", "PosterLayout"]),
        // The static website: profiles and their figures → pages, from the templates, CSS and script in Assets/site.
        .target(
            name: "SiteBuilder",
            dependencies: ["ParallelMap", "ProfileSyntax", "ProfileModel", "ProfileValidation", "ProfileDiff", "PosterLayout", "PosterRender", "DiffPoster",
                           .product(name: "Mustache", package: "swift-mustache"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The live preview: a thin HTTP adapter (Hummingbird) over SiteBuilder, with inotify and server-sent events.
        .target(
            name: "SiteServer",
            dependencies: ["SiteBuilder", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]
        ),
        // The command line's plumbing: terminal facts, escaping, atomic output files cleaned up on signals.
        .target(name: "ParallelMap"),
        .target(name: "CLISupport"),
        .executableTarget(
            name: "beroepsbeeld",
            dependencies: [
                "CLISupport", "ParallelMap", "ProfileSyntax", "ProfileModel", "ProfileValidation", "ProfileCatalog", "PosterLayout", "PosterRender", "ProfileDiff", "DiffPoster", "HybridMatch",
                "SiteBuilder", "SiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Start-up (issue 12, goal 3): with the Swift libraries linked in statically the binary has
            // 137,000 relative relocations, and the default linker (gold) stores each as a 24-byte
            // entry that the loader reads at every start (3 MB). lld from the Swift toolchain packs
            // them as RELR (glibc ≥ 2.36), 25 KB: `--help` starts about 2 ms sooner (docs/rendering.md).
            linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]
        ),
        .executableTarget(
            name: "beroepsbeeld-bench",
            dependencies: [
                "ProfileSyntax", "ProfileModel", "ProfileValidation", "ProfileCatalog", "PosterLayout", "PosterRender", "ProfileDiff", "HybridMatch", "SiteBuilder", "CLISupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer harness (load → validate → format → JSON round trip); `make fuzz` builds it
        // instrumented and links libFuzzer. A plain build links it too, and it then only says so.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "beroepsbeeld-fuzz",
            dependencies: ["CFuzzerDriver", "ProfileSyntax", "ProfileModel", "ProfileValidation"]
        ),
        // Shared by the test targets: the package's folders, the built binary, running programs.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ProfileSyntaxTests", dependencies: ["ProfileSyntax"]),
        .testTarget(name: "ParallelMapTests", dependencies: ["ParallelMap"]),
        // Depends on the fuzz harness so that the findings tests can replay their inputs through it.
        .testTarget(name: "ProfileModelTests", dependencies: ["ProfileSyntax", "ProfileModel", "TestSupport", "beroepsbeeld-fuzz"]),
        .testTarget(name: "ProfileValidationTests", dependencies: ["ProfileSyntax", "ProfileModel", "ProfileValidation"]),
        // Runs the built `beroepsbeeld` binary end to end.
        .testTarget(name: "CLITests", dependencies: ["beroepsbeeld", "CLISupport", "TestSupport"]),
        // Depends on the executable so that the kill test can run the built binary.
        .testTarget(
            name: "ProfileCatalogTests",
            dependencies: ["ProfileSyntax", "ProfileModel", "ProfileCatalog", "beroepsbeeld", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "PosterLayoutTests", dependencies: ["ProfileSyntax", "ProfileModel", "PosterLayout"]),
        .testTarget(name: "ProfileDiffTests", dependencies: ["ProfileSyntax", "ProfileModel", "ProfileDiff", "TestSupport"]),
        .testTarget(name: "HybridMatchTests", dependencies: ["ProfileSyntax", "ProfileModel", "ProfileDiff", "HybridMatch", "TestSupport"]),
        .testTarget(name: "DiffPosterTests", dependencies: ["ProfileSyntax", "ProfileModel", "ProfileDiff", "PosterLayout", "DiffPoster", "TestSupport"]),
        // Depends on the executable so that the command tests can run the built binary.
        .testTarget(name: "SiteBuilderTests", dependencies: ["ProfileModel", "PosterLayout", "SiteBuilder", "TestSupport"]),
        .testTarget(name: "PosterRenderTests", dependencies: ["ProfileSyntax", "ProfileModel", "PosterLayout", "PosterRender", "beroepsbeeld", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
