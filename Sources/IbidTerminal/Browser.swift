import IbidDocument

/// Opens a URL for `o`: with `$BROWSER` (a colon-separated list of commands, each tried in turn;
/// `%s` in one stands for the URL, else the URL is its last argument; split at spaces, never given
/// to a shell), else with `xdg-open`. Only what `OpenableURL` lets through is ever handed on.
public enum Browser {
    /// The commands to try for `url`, in order.
    static func commands(for url: String, browser: String?, xdgOpen: Bool) -> [[String]] {
        var out: [[String]] = []
        for entry in (browser ?? "").split(separator: ":") {
            let words = entry.split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            if words.contains(where: { $0.contains("%s") }) {
                out.append(words.map { $0.replacingAll("%s", with: url) })
            } else {
                out.append(words + [url])
            }
        }
        if xdgOpen { out.append(["xdg-open", url]) }
        return out
    }

    /// Opens `url`; returns a notice for the status line when it was refused or nothing could run it.
    public static func open(_ url: String) -> String? {
        let openable: String
        switch OpenableURL.check(url) {
        case .success(let u): openable = u
        case .failure(let why): return "not opened (\(why))"
        }
        let commands = commands(for: openable, browser: ChildProcess.environment("BROWSER"), xdgOpen: ChildProcess.onPath("xdg-open"))
        guard !commands.isEmpty else { return "cannot open \(openable): set $BROWSER or install xdg-open" }
        var failures: [String] = []
        for argv in commands {
            do {
                try ChildProcess.spawn(argv)
                return nil
            } catch {
                failures.append(error.description)
            }
        }
        return "cannot open: " + failures.joined(separator: "; ")
    }
}

extension String {
    /// Every `target` replaced by `replacement` (no Foundation here).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
