import Foundation

/// `HTMLEntityTable.swift`: every named character reference of the HTML standard, from
/// `entities.json` (see README.md beside it for where that file came from).
enum HTMLEntityTableSource {
    static let committedPath = "Sources/IbidDocument/Recovery/HTMLEntityTable.swift"
    static let defaultInput = PackagePaths.root + "/Sources/ibid-gen/entities.json"

    /// One name, once: `legacy` when the list also has it without the `;`.
    struct Reference: Equatable {
        let name: String
        let legacy: Bool
        let codePoints: [UInt32]
    }

    /// An entry of entities.json: `"&AElig;": {"codepoints": [198], "characters": "\u00c6"}`.
    private struct JSONEntry: Decodable {
        let codepoints: [UInt32]
        let characters: String
    }

    static func generate(jsonPath: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: jsonPath) else {
            throw GeneratorError(description: "cannot read \(jsonPath)")
        }
        return source(references: try references(json: data))
    }

    /// The references in `json`, sorted by name (byte order). Throws on anything the decoder's
    /// table cannot hold, so a changed list is noticed here rather than decoded wrongly.
    static func references(json: Data) throws -> [Reference] {
        let entries = try JSONDecoder().decode([String: JSONEntry].self, from: json)
        var withSemicolon: [String: [UInt32]] = [:]
        var bare: [String: [UInt32]] = [:]
        for (key, entry) in entries {
            guard key.hasPrefix("&"), key.count > 1 else { throw GeneratorError(description: "\(key): not an entity name") }
            guard (1...2).contains(entry.codepoints.count),
                  String(String.UnicodeScalarView(entry.codepoints.compactMap(Unicode.Scalar.init))) == entry.characters else {
                throw GeneratorError(description: "\(key): code points and characters disagree")
            }
            var name = String(key.dropFirst())
            let semicolon = name.hasSuffix(";")
            if semicolon { name.removeLast() }
            guard name.utf8.allSatisfy({ $0 < 0x80 && (Character(Unicode.Scalar($0)).isLetter || Character(Unicode.Scalar($0)).isNumber) }) else {
                throw GeneratorError(description: "\(key): not ASCII letters and digits")
            }
            if semicolon { withSemicolon[name] = entry.codepoints } else { bare[name] = entry.codepoints }
        }
        // The decoder stores a semicolon-less name as a flag on its `;` form, so they must agree.
        for (name, codePoints) in bare where withSemicolon[name] != codePoints {
            throw GeneratorError(description: "&\(name) has no &\(name); with the same code points")
        }
        return withSemicolon.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { name in
            Reference(name: name, legacy: bare[name] != nil, codePoints: withSemicolon[name]!)
        }
    }

    static func source(references: [Reference]) -> String {
        let legacy = references.filter(\.legacy).count
        var out = """
            // GENERATED FILE — do not edit. Made by `ibid-gen entities` (Sources/ibid-gen) from
            // Sources/ibid-gen/entities.json, the WHATWG list of named character references.
            // Regenerate: swift run ibid-gen entities > \(committedPath)
            // `GeneratedTablesTests` fails when this file and the generator's output differ.

            extension HTMLNamedReference {
                /// All \(references.count) names of the HTML standard's list, in byte order; \(legacy) of them
                /// (`legacy: true`) also decode without their `;`. Each is `name, legacy, code points`.
                static let all: [HTMLNamedReference] = [

            """
        for reference in references {
            let points = reference.codePoints.map { CharWidthTableSource.hex($0) }.joined(separator: ", ")
            out += "        .init(\"\(reference.name)\", \(reference.legacy), \(points)),\n"
        }
        out += """
                ]
            }

            """
        return out
    }
}
