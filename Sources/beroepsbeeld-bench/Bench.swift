import ArgumentParser

/// `make bench`: throughput and memory figures for each pipeline stage, on generated corpora.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beroepsbeeld-bench",
        abstract: "Benchmarks for the beroepsbeeld pipeline (run with `make bench`, in release mode).",
        subcommands: [ParseBench.self, HostileBench.self, CatalogBench.self, DiffBench.self, HybridBench.self, RenderBench.self, CLIBench.self, SiteBench.self]
    )
}
