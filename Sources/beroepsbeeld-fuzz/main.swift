import Foundation

// `beroepsbeeld-fuzz seed PROFILES CORPUS` writes the starting corpus; anything else goes to libFuzzer
// (`make fuzz` shows the options it is run with). Built without libFuzzer (a plain `swift build`), the
// binary runs the input files it is given through the same checks, to replay a finding; a broken
// property stops it with the property's name.
let arguments = CommandLine.arguments
if arguments.count == 4, arguments[1] == "seed" {
    do {
        let count = try Seeds.write(from: arguments[2], to: arguments[3])
        print("beroepsbeeld-fuzz: wrote \(count) seed inputs to \(arguments[3])")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("beroepsbeeld-fuzz: \(error)\n".utf8))
        exit(2)
    }
}
let status = FuzzInput.runDriver()
guard status == -1 else { exit(status) }
let inputs = arguments.dropFirst().filter { !$0.hasPrefix("-") }
guard !inputs.isEmpty else {
    FileHandle.standardError.write(Data("beroepsbeeld-fuzz: built without libFuzzer; run it with `make fuzz`, or give it input files to replay\n".utf8))
    exit(2)
}
for path in inputs {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("beroepsbeeld-fuzz: cannot read \(path)\n".utf8))
        exit(2)
    }
    data.withUnsafeBytes { FuzzInput.run($0.bindMemory(to: UInt8.self)) }
    print("beroepsbeeld-fuzz: \(path): every property holds")
}
