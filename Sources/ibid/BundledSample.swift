#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IbidDump

/// Finds the sample dump that ships in the package's `Resources/`, relative to the running binary
/// (`swift run` puts it in `.build/<triple>/debug/`, three levels below the package root).
enum BundledSample {
    static let fileName = "fpc-author-page.txt"

    static func path() throws(DumpError) -> String {
        if let env = getenv("IBID_SAMPLE") { return String(cString: env) }
        var looked: [String] = []
        for dir in candidateDirectories() {
            let path = dir + "/" + fileName
            looked.append(dir)
            if access(path, R_OK) == 0 { return path }
        }
        throw DumpError(path: "Resources/\(fileName)", kind: .sampleMissing(looked.first.map { "\($0) and above" } ?? "no directory"))
    }

    private static func candidateDirectories() -> [String] {
        guard var dir = executableDirectory() else { return [] }
        var dirs: [String] = []
        for _ in 0..<6 {
            dirs.append(dir + "/Resources")
            dirs.append(dir + "/share/ibid")
            guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
            dir = String(dir[..<slash])
        }
        return dirs
    }

    private static func executableDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}
