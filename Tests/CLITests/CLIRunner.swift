import Foundation
import TestSupport

/// Runs the built `beroepsbeeld` binary, as a user would.
enum CLI {
    static let packageRoot = TestSupport.packageRoot

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary with `arguments` in the package root; NO_COLOR is set unless `environment` says otherwise.
    static func run(_ arguments: [String], environment: [String: String] = ["NO_COLOR": "1"]) throws -> Result {
        let result = try TestSupport.run(TestSupport.binary, arguments, environment: environment, in: packageRoot)
        return Result(status: result.status, stdout: result.output, stderr: result.errors)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL { try TestSupport.temporaryFolder() }
}
