/// Undoes `htmlspecialchars` on a dump that was escaped as a whole (`[ID] =&gt; 6005`).
///
/// Not an entity table: it knows exactly the escapes that function writes, so a dump's own text is
/// given back as it was. Post content's references are decoded later, by `IbidDocument`'s
/// `HTMLEntityDecoder` with the HTML standard's full list.
public enum HTMLEntities {
    static let table: [(entity: [UInt8], byte: UInt8)] = [
        (Array("&gt;".utf8), 0x3E), (Array("&lt;".utf8), 0x3C), (Array("&quot;".utf8), 0x22),
        (Array("&#039;".utf8), 0x27), (Array("&#39;".utf8), 0x27), (Array("&apos;".utf8), 0x27),
        (Array("&amp;".utf8), 0x26),
    ]

    /// One pass, so `&amp;gt;` becomes `&gt;` (as the escaping left it), not `>`.
    static func unescapeStructural(_ b: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0x26 {
                var matched = false
                for (entity, byte) in table where i + entity.count <= n {
                    var same = true
                    for k in 0..<entity.count where b[i + k] != entity[k] { same = false; break }
                    if same {
                        out.append(byte)
                        i += entity.count
                        matched = true
                        break
                    }
                }
                if matched { continue }
            }
            out.append(c)
            i += 1
        }
        return out
    }
}

extension HTMLEntities {
    /// Decodes the character references WordPress writes into titles and feed text: numeric ones
    /// (`&#8217;`, `&#x2019;`), the five XML ones and `&nbsp;`. Anything else is left as written;
    /// post content is decoded later with the full HTML table.
    static func decodeCharacterReferences(_ b: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            guard c == 0x26, let semi = ByteSearch.find(0x3B, in: b, from: i + 1, to: min(n, i + 12)) else {
                out.append(c)
                i += 1
                continue
            }
            let name = String(decoding: b[(i + 1)..<semi], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            case "nbsp": scalar = "\u{A0}"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
            }
            guard let scalar, scalar.value != 0 else {
                out.append(c)
                i += 1
                continue
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
            i = semi + 1
        }
        return out
    }
}
