// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cmplt",
    products: [
        .executable(name: "cmplt", targets: ["cmplt"]),
        .library(name: "CmpltCore", targets: ["CmpltCore"]),
    ],
    targets: [
        // The system SQLite library (Debian: libsqlite3-dev).
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Records, workflow, storage and metrics: no terminal, no argument knowledge.
        .target(name: "CmpltCore", dependencies: ["CSQLite"]),
        // Argument parsing, commands and output formatting.
        .target(name: "CmpltCLI", dependencies: ["CmpltCore"]),
        // The executable: hands the process's arguments to CmpltCLI.
        .executableTarget(name: "cmplt", dependencies: ["CmpltCLI"]),
        .testTarget(name: "CmpltCoreTests", dependencies: ["CmpltCore"]),
        .testTarget(name: "CmpltCLITests", dependencies: ["CmpltCLI"]),
        // Runs the built `cmplt` binary against temporary registers.
        .testTarget(name: "EndToEndTests", dependencies: ["cmplt", "CmpltCore"]),
    ]
)
