import CNcursesw
import IbidReader

/// Turns what `wget_wch` returned into the reader's events.
enum KeyDecoder {
    static func decode(code: Int32, value: UInt32, mouse: () -> MouseEvent?) -> Event? {
        if code == KEY_CODE_YES {
            switch Int32(value) {
            case KEY_RESIZE: return .resize(cols: Int(ibid_cols()), rows: Int(ibid_lines()))
            case KEY_MOUSE: return mouse().map(Event.mouse)
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_HOME: return .key(.home)
            case KEY_END, KEY_LL: return .key(.end)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_BTAB: return .key(.shiftTab)
            case KEY_ENTER: return .key(.enter)
            case KEY_F0 + 1 ... KEY_F0 + 24: return .key(.function(Int(Int32(value) - KEY_F0)))
            default: return nil
            }
        }
        guard code == OK, let scalar = Unicode.Scalar(value) else { return nil }
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(value + 96)!)))
        case 28: return .key(.ctrl("\\"))
        case 29: return .key(.ctrl("]"))
        case 30: return .key(.ctrl("^"))
        case 31: return .key(.ctrl("_"))
        case 0..<32, 0x7F...0x9F: return nil
        default: return .key(.char(Character(scalar)))
        }
    }

    /// The pending mouse event, as a click or a wheel turn.
    static func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let b = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if b & ibid_button4_pressed() != 0 { return MouseEvent(kind: .wheelUp, x: x, y: y) }
        if ibid_button5_pressed() != 0 && b & ibid_button5_pressed() != 0 { return MouseEvent(kind: .wheelDown, x: x, y: y) }
        if b & (ibid_button1_pressed() | ibid_button1_clicked()) != 0 { return MouseEvent(kind: .click, x: x, y: y) }
        return nil
    }
}
