import ArgumentParser

/// `ibid-gen`: writes the tables the product carries as Swift source, from their real origins, so
/// no one edits thousands of numbers by hand. Each prints the whole file to standard output; the
/// header of each generated file says how to regenerate it, and `GeneratedTablesTests` fails when a
/// committed table and the generator's output differ.
@main
struct IbidGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ibid-gen",
        abstract: "Generate the committed tables (character widths, HTML entities) and the man page.",
        subcommands: [CharWidthCommand.self, EntitiesCommand.self, ManCommand.self, KeysCommand.self]
    )
}

struct CharWidthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charwidth",
        abstract: "Print CharWidthTable.swift: glibc's wcwidth under C.UTF-8 for every code point.",
        discussion: "swift run ibid-gen charwidth > \(CharWidthTableSource.committedPath)"
    )

    func run() throws {
        print(try CharWidthTableSource.generate(), terminator: "")
    }
}

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print HTMLEntityTable.swift from the WHATWG entity list (entities.json).",
        discussion: "swift run ibid-gen entities > \(HTMLEntityTableSource.committedPath)"
    )

    @Option(help: "The entity list, in the layout of WHATWG's entities.json.")
    var json = HTMLEntityTableSource.defaultInput

    func run() throws {
        print(try HTMLEntityTableSource.generate(jsonPath: json), terminator: "")
    }
}

/// A generator's failure, printed as `ibid-gen: MESSAGE`.
struct GeneratorError: Error, CustomStringConvertible {
    let description: String
}

/// The package root, found from this file (the generators read and name paths relative to it).
enum PackagePaths {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
}
