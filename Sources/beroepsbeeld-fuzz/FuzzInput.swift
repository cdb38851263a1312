import CFuzzerDriver
import Foundation
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// One fuzz input: the first byte chooses the form (even: the language, odd: JSON), the rest is the file.
enum FuzzInput {
    /// The path the body is loaded under; its extension chooses the form.
    static func path(formByte: UInt8) -> String {
        formByte & 1 == 0 ? "fuzz.\(ProfileLoader.fileExtension)" : "fuzz.json"
    }

    /// Loads and validates the input, then checks the round trips of every profile that loads without
    /// errors. A broken property stops the process (libFuzzer saves the input as a crash).
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let formByte = bytes.first else { return }
        let loaded = ProfileLoader.load(path: path(formByte: formByte), bytes: Array(bytes.dropFirst()))
        _ = Validator.validate(loaded)
        guard let profile = loaded.profile, !loaded.diagnostics.hasErrors else { return }
        // A JSON input that loads without errors must also read back from its canonical text: the JSON form
        // runs every check of the language (S023 reports what would read otherwise).
        let fromJSON = formByte & 1 == 1
        if case .broken(let property) = RoundTrip.check(profile) {
            fatalError("round trip broken (\(fromJSON ? "JSON" : "language") input): \(property)")
        }
    }
}

extension FuzzInput {
    /// Hands the command line to libFuzzer, which calls `fuzzOneInput` for each input; -1 when the
    /// binary was linked without libFuzzer. (Here, beside the callback: a reference from another file
    /// makes the compiler emit the `@_cdecl` symbol twice.)
    static func runDriver() -> Int32 {
        beroepsbeeld_fuzzer_run(CommandLine.argc, CommandLine.unsafeArgv, fuzzOneInput)
    }
}

/// libFuzzer's test-one-input callback.
@_cdecl("beroepsbeeld_fuzz_one_input")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
