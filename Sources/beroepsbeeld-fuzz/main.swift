import Foundation

// `beroepsbeeld-fuzz seed PROFILES CORPUS` writes the starting corpus; anything else goes to libFuzzer
// (`make fuzz` shows the options it is run with).
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
if status == -1 {
    FileHandle.standardError.write(Data("beroepsbeeld-fuzz: built without libFuzzer; run it with `make fuzz`\n".utf8))
    exit(2)
}
exit(status)
