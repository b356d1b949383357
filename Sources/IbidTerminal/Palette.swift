import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import IbidReader

/// Role → colour pair and attributes, for 256-colour, 8-colour and monochrome terminals.
/// `NO_COLOR` (https://no-color.org) means monochrome.
struct Palette {
    enum Depth { case none, eight, full }

    let depth: Depth

    /// Starts colour on a terminal that has it. A terminal whose entry claims colour but refuses
    /// it is a setup failure: carrying on would draw every role alike without saying why.
    static func start() throws(TerminalSession.Failure) -> Palette {
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        guard !noColor, has_colors() else { return Palette(depth: .none) }
        let hint = "; NO_COLOR=1 runs the reader without colour"
        guard start_color() != ERR else { throw .cannotStart("start_color() failed\(hint)") }
        // The roles draw on the terminal's own background (-1), which needs `use_default_colors`.
        guard use_default_colors() != ERR else { throw .cannotStart("use_default_colors() failed\(hint)") }
        let depth: Depth = ibid_colors() >= 256 ? .full : .eight
        let palette = Palette(depth: depth)
        for role in Role.allCases {
            let (fg, bg) = palette.colours(role)
            guard init_pair(Int16(role.rawValue) + 1, fg, bg) != ERR else {
                throw .cannotStart("init_pair() failed for the \(role) colours\(hint)")
            }
        }
        return palette
    }

    /// Foreground and background (−1 is the terminal's own).
    func colours(_ role: Role) -> (Int16, Int16) {
        switch depth {
        case .none: return (-1, -1)
        case .full:
            switch role {
            case .normal, .note, .status: return (-1, -1)
            case .chrome: return (244, -1)
            case .heading: return (75, -1)
            case .marker, .noteNumber: return (178, -1)
            case .link: return (38, -1)
            case .credit: return (245, -1)
            case .byline: return (109, -1)
            case .box: return (66, -1)
            case .match: return (16, 220)
            case .message: return (214, -1)
            case .warning: return (203, -1)
            }
        case .eight:
            switch role {
            case .normal, .note, .status, .chrome, .credit: return (-1, -1)
            case .heading, .box, .byline: return (Int16(COLOR_CYAN), -1)
            case .marker, .noteNumber, .message: return (Int16(COLOR_YELLOW), -1)
            case .link: return (Int16(COLOR_BLUE), -1)
            case .match: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
            case .warning: return (Int16(COLOR_RED), -1)
            }
        }
    }

    /// ncurses attributes and pair for a style. Without colour, roles that need to stand out use
    /// attributes instead (markers bold, matches bold and underlined).
    func attributes(_ style: Style) -> (attr_t, Int16) {
        var attrs = ibid_a_normal()
        if style.bold { attrs |= ibid_a_bold() }
        if style.dim { attrs |= ibid_a_dim() }
        if style.reverse { attrs |= ibid_a_reverse() }
        if style.underline { attrs |= ibid_a_underline() }
        if depth == .none {
            switch style.role {
            case .marker, .noteNumber, .heading: attrs |= ibid_a_bold()
            case .match: attrs |= ibid_a_bold() | ibid_a_underline()
            case .chrome, .credit, .byline: attrs |= ibid_a_dim()
            default: break
            }
            return (attrs, 0)
        }
        return (attrs, Int16(style.role.rawValue) + 1)
    }
}
