/// Decodes HTML character references: the common named ones and all numeric ones.
///
///     HTMLEntities.decode("Caf&eacute; &amp; &#8220;bar&#x201D;")  // "Café & “bar”"
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", let (decoded, length) = reference(scalars, at: i) else {
                out.append(scalars[i]); i += 1; continue
            }
            out.append(contentsOf: decoded.unicodeScalars)
            i += length
        }
        return String(out)
    }

    /// The reference starting at `start` (an `&`) and how many scalars it spans, or nil if none.
    private static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        if i < s.count, s[i] == "#" {
            i += 1
            var hex = false
            if i < s.count, s[i] == "x" || s[i] == "X" { hex = true; i += 1 }
            let digitsStart = i
            var value: UInt32 = 0
            while i < s.count, i - digitsStart < 8, let d = digit(s[i], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ d; i += 1
            }
            guard i > digitsStart else { return nil }
            if i < s.count, s[i] == ";" { i += 1 }
            return (String(numeric(value)), i - start)
        }
        let nameStart = i
        while i < s.count, i - nameStart < 32, isASCIIAlphanumeric(s[i]) {
            i += 1
        }
        guard i > nameStart else { return nil }
        let name = String(String.UnicodeScalarView(s[nameStart..<i]))
        if i < s.count, s[i] == ";", let value = named[name] { return (value, i + 1 - start) }
        // Old pages write a few without the semicolon ("&amp", "&nbsp").
        if let value = legacy[name] { return (value, i - start) }
        return nil
    }

    private static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x61...0x66 where hex: return c.value - 0x61 + 10
        case 0x41...0x46 where hex: return c.value - 0x41 + 10
        default: return nil
        }
    }

    /// As browsers do: 0x80–0x9F mean their Windows-1252 characters; invalid values become U+FFFD.
    private static func numeric(_ value: UInt32) -> Character {
        if (0x80...0x9F).contains(value) {
            return Character(Unicode.Scalar(TextDecoding.windows1252High[Int(value) - 0x80]) ?? "\u{FFFD}")
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }

    private static let legacy: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u{A0}"]

    /// Names for U+00A0…U+00FF in order, then the other common ones.
    private static let latin1Names = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
        acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde \
        Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc \
        Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml \
        aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc \
        otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
        """.split(separator: " ").map(String.init)

    static let named: [String: String] = {
        var table: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
            "OElig": "\u{152}", "oelig": "\u{153}", "Scaron": "\u{160}", "scaron": "\u{161}", "Yuml": "\u{178}",
            "fnof": "\u{192}", "circ": "\u{2C6}", "tilde": "\u{2DC}", "ensp": "\u{2002}", "emsp": "\u{2003}",
            "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
            "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
            "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "dagger": "\u{2020}", "Dagger": "\u{2021}",
            "bull": "\u{2022}", "hellip": "\u{2026}", "permil": "\u{2030}", "prime": "\u{2032}", "Prime": "\u{2033}",
            "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "oline": "\u{203E}", "euro": "\u{20AC}", "trade": "\u{2122}",
            "larr": "\u{2190}", "uarr": "\u{2191}", "rarr": "\u{2192}", "darr": "\u{2193}", "minus": "\u{2212}",
            "hyphen": "\u{2010}", "nbhy": "\u{2011}", "numsp": "\u{2007}", "hairsp": "\u{200A}",
        ]
        for (offset, name) in latin1Names.enumerated() {
            if let scalar = Unicode.Scalar(0xA0 + UInt32(offset)) { table[name] = String(Character(scalar)) }
        }
        return table
    }()
}
