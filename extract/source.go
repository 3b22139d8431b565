package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// ErrNotText is returned for input that is not text (NUL bytes, binary data).
var ErrNotText = errors.New("not a text document")

// DecodeError says which stage of reading a document failed.
type DecodeError struct {
	Stage string // "decode" or "parse"
	Err   error
}

func (e *DecodeError) Error() string { return e.Err.Error() }
func (e *DecodeError) Unwrap() error { return e.Err }

// Hash is the hex SHA-256 of raw bytes, as the document record carries it.
func Hash(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// DecodeText turns raw bytes into the plain text extractors read: UTF-8
// (BOM removed) or UTF-16 with a BOM (or, without one, when the byte pattern
// leaves no doubt, with a warning); Shift_JIS, EUC-JP and ISO-2022-JP
// Japanese text recognized by what it decodes to (with a warning); invalid
// UTF-8 repaired as Windows-1252 with a warning; CRLF and lone CR turned into LF; NFC. Binary input (NUL
// bytes, many control characters) is rejected with ErrNotText.
func DecodeText(raw []byte) (text string, warnings []string, err error) {
	var s string
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
		if utf8.Valid(raw) {
			s = string(raw)
			break
		}
		// declared UTF-8: keep it UTF-8 and mark the bad bytes
		var w string
		s, w = repairUTF8(raw)
		warnings = append(warnings, w)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		if len(raw)%2 != 0 {
			warnings = append(warnings, "UTF-16 input has an odd number of bytes (truncated?): the last byte was dropped")
			raw = raw[:len(raw)-1]
		}
		out, derr := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder().Bytes(raw)
		if derr != nil {
			return "", nil, &DecodeError{"decode", fmt.Errorf("UTF-16 input cannot be decoded: %v", derr)}
		}
		s = string(out)
	default:
		if end, ok := utf16Guess(raw); ok {
			out, derr := xunicode.UTF16(end, xunicode.IgnoreBOM).NewDecoder().Bytes(raw)
			if derr != nil {
				return "", nil, &DecodeError{"decode", fmt.Errorf("UTF-16 input cannot be decoded: %v", derr)}
			}
			s = string(out)
			order := "little-endian"
			if end == xunicode.BigEndian {
				order = "big-endian"
			}
			warnings = append(warnings, "input has no byte order mark but its zero bytes show UTF-16 ("+order+"); decoded as such")
			break
		}
		if i := bytes.IndexByte(raw, 0); i >= 0 {
			return "", nil, &DecodeError{"decode", fmt.Errorf("%w: NUL byte at offset %d: a binary file, or UTF-16 without a byte order mark (re-save it as UTF-8)", ErrNotText, i)}
		}
		valid := utf8.Valid(raw)
		if !valid || bytes.IndexByte(raw, 0x1b) >= 0 { // ISO-2022-JP is valid UTF-8 but has escapes
			if js, name, ok := legacyJapanese(raw, valid); ok {
				s = js
				warnings = append(warnings, "not UTF-8: its bytes read as Japanese text in "+name+"; decoded as such (re-save it as UTF-8 to be sure)")
				break
			}
		}
		if valid {
			s = string(raw)
			break
		}
		// Mostly UTF-8 with a few bad bytes (a truncated or spliced file):
		// decoding it all as Windows-1252 would garble every non-ASCII
		// character, so only the bad bytes are replaced. Text with no valid
		// multi-byte sequence at all is a legacy single-byte file.
		if goodMultibyte(raw) > 0 {
			var w string
			s, w = repairUTF8(raw)
			warnings = append(warnings, w)
			break
		}
		bad := firstInvalidUTF8(raw)
		out, derr := charmap.Windows1252.NewDecoder().Bytes(raw)
		if derr != nil {
			return "", nil, &DecodeError{"decode", fmt.Errorf("invalid UTF-8 at byte %d and not Windows-1252 either; re-save it as UTF-8", bad)}
		}
		s = string(out)
		warnings = append(warnings, fmt.Sprintf("not UTF-8 (first invalid byte at offset %d): decoded as Windows-1252 (Latin-1); check accented characters, or re-save it as UTF-8", bad))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", nil, &DecodeError{"decode", fmt.Errorf("%w: NUL character in decoded text (binary file?)", ErrNotText)}
	}
	if controlHeavy(s) {
		return "", nil, &DecodeError{"decode", fmt.Errorf("%w: more than 10%% control characters (binary file?)", ErrNotText)}
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s, warnings, nil
}

// utf16Guess recognizes BOM-less UTF-16 of mostly Latin text: at least 8
// bytes, an even length, and zero bytes in nearly all odd (LE) or even (BE)
// positions and in almost none of the others.
func utf16Guess(raw []byte) (xunicode.Endianness, bool) {
	if len(raw) < 8 || len(raw)%2 != 0 {
		return xunicode.BigEndian, false
	}
	var even, odd int
	n := len(raw)
	if n > 4096 {
		n = 4096
	}
	for i := 0; i < n; i++ {
		if raw[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*9 && even*20 < half:
		return xunicode.LittleEndian, true
	case even*10 >= half*9 && odd*20 < half:
		return xunicode.BigEndian, true
	}
	return xunicode.BigEndian, false
}

// legacyJapanese recognizes plain text in the legacy Japanese encodings
// (pages saved from Japanese ministries are often Shift_JIS or EUC-JP) by
// what decoding produces, since plain text declares nothing:
//
//   - ISO-2022-JP is 7-bit, so also valid UTF-8: its escape sequence
//     (ESC $ B or ESC $ @) into JIS X 0208 gives it away;
//   - Shift_JIS and EUC-JP are tried only when the bytes are not UTF-8 and
//     have at least as many invalid bytes as valid multi-byte UTF-8
//     sequences (a UTF-8 file with a few bad bytes is repaired as UTF-8
//     instead), and an encoding is taken only when it decodes without a
//     single invalid sequence into at least two Japanese characters, one of
//     them kana, and Japanese characters make 80% of the non-ASCII ones.
//     Japanese prose always has kana (particles, endings); Latin-1 text
//     that happens to pair into valid Shift_JIS ("P\xe9rez") gives
//     isolated kanji and no kana, and stays Windows-1252; UTF-8 read as
//     Shift_JIS gives kanji and half-width katakana, which do not count.
func legacyJapanese(raw []byte, validUTF8 bool) (string, string, bool) {
	if bytes.Contains(raw, []byte("\x1b$B")) || bytes.Contains(raw, []byte("\x1b$@")) {
		if out, err := japanese.ISO2022JP.NewDecoder().Bytes(raw); err == nil {
			if s := string(out); japaneseShare(s) {
				return s, "ISO-2022-JP", true
			}
		}
		return "", "", false
	}
	if validUTF8 {
		return "", "", false
	}
	if bad := invalidUTF8Bytes(raw); bad < goodMultibyte(raw) {
		return "", "", false
	}
	best, bestName, bestJP := "", "", 0
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{{"Shift_JIS", japanese.ShiftJIS}, {"EUC-JP", japanese.EUCJP}} {
		out, err := c.enc.NewDecoder().Bytes(raw)
		if err != nil {
			continue
		}
		s := string(out)
		if !japaneseShare(s) {
			continue
		}
		if jp := japaneseRunes(s); jp > bestJP {
			best, bestName, bestJP = s, c.name, jp
		}
	}
	return best, bestName, bestJP > 0
}

// japaneseShare reports whether s decoded cleanly into Japanese text: no
// U+FFFD, at least two Japanese characters with at least one kana, and
// Japanese characters at least 80% of the non-ASCII ones.
func japaneseShare(s string) bool {
	var jp, kana, other int
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
		case r == utf8.RuneError:
			return false
		case r >= 0x3040 && r <= 0x30ff: // hiragana, katakana
			jp++
			kana++
		case r >= 0x3000 && r <= 0x303f, r >= 0x4e00 && r <= 0x9fff, r >= 0xff01 && r <= 0xff60:
			jp++ // CJK punctuation, kanji, full-width forms
		// Half-width katakana count as other: UTF-8 continuation bytes
		// read as Shift_JIS turn into them, and modern prose rarely has them.
		default:
			other++
		}
	}
	return jp >= 2 && kana >= 1 && jp*5 >= (jp+other)*4
}

// japaneseRunes counts the kana and kanji of s.
func japaneseRunes(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x3040 && r <= 0x30ff || r >= 0x4e00 && r <= 0x9fff {
			n++
		}
	}
	return n
}

// invalidUTF8Bytes counts the bytes of b that start no valid UTF-8 sequence.
func invalidUTF8Bytes(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w <= 1 {
			n++
		}
		i += w
	}
	return n
}

// goodMultibyte counts valid multi-byte UTF-8 sequences in b.
func goodMultibyte(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || w > 1 {
			n++
		}
		i += w
	}
	return n
}

// repairUTF8 replaces each invalid byte of b with U+FFFD and says where.
func repairUTF8(b []byte) (string, string) {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	first, count := -1, 0
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w <= 1 {
			if first < 0 {
				first = i
			}
			count++
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		sb.Write(b[i : i+w])
		i += w
	}
	return sb.String(), fmt.Sprintf("invalid UTF-8: %d bad byte(s), the first at offset %d, replaced with U+FFFD; the rest was read as UTF-8", count, first)
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return -1
}

func controlHeavy(s string) bool {
	if len(s) == 0 {
		return false
	}
	ctrl, total := 0, 0
	for _, r := range s {
		total++
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		} else if r == utf8.RuneError || (r >= 0x7f && r < 0xa0) {
			ctrl++
		}
	}
	return ctrl*10 > total
}

// Title is the first non-blank line of text, trimmed.
func Title(text string) string {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
	}
	return ""
}

// chrome elements are page furniture, not content.
var chrome = map[string]bool{
	"script": true, "style": true, "nav": true, "header": true, "footer": true, "aside": true,
	"noscript": true, "template": true, "head": true, "iframe": true, "svg": true, "object": true,
	"button": true, "select": true, "form": false,
}

// block elements are separated by a blank line in the extracted text.
var block = map[string]bool{
	"address": true, "article": true, "blockquote": true, "dd": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "hr": true, "li": true, "main": true, "ol": true, "p": true, "pre": true,
	"section": true, "table": true, "tr": true, "ul": true, "caption": true, "body": true, "html": true,
	"td": false, "th": false, "center": true, "details": true, "summary": true,
}

// DecodeHTML extracts the visible text of an HTML page: text of block
// elements separated by a blank line, white space collapsed as a browser
// would, <br> as a line break, table cells separated by a space, entities
// decoded, and no script, style, nav, header, footer or aside. The title is
// the first h1..h6, else the <title>, else the first line.
func DecodeHTML(raw []byte) (text, title string, warnings []string, err error) {
	s, warnings, err := decodeDeclared(raw)
	if err != nil {
		return "", "", nil, err
	}
	root, perr := html.ParseWithOptions(strings.NewReader(s))
	if perr != nil {
		// The tree builder refuses pages nested deeper than 512 elements
		// (broken markup such as thousands of unclosed tags, or a hostile
		// page). Their text is still worth having: read it with the
		// streaming tokenizer, which keeps no tree.
		text, title = flatHTMLText(s)
		text = norm.NFC.String(text)
		if title == "" {
			title = Title(text)
		}
		warnings = append(warnings, fmt.Sprintf("HTML could not be parsed as a tree (%v); its text was read tag by tag, so block layout may differ", perr))
		return text, title, warnings, nil
	}
	doc := goquery.NewDocumentFromNode(root)
	heading := strings.TrimSpace(collapse(doc.Find("h1,h2,h3,h4,h5,h6").First().Text()))
	pageTitle := strings.TrimSpace(collapse(doc.Find("title").First().Text()))

	var w htmlText
	w.b.Grow(len(s) * 3 / 4) // the visible text is most of a page's bytes
	w.walk(root)
	text = w.finish()
	text = norm.NFC.String(text)
	switch {
	case heading != "":
		title = heading
	case pageTitle != "":
		title = pageTitle
	default:
		title = Title(text)
	}
	return text, title, warnings, nil
}

// decodeDeclared decodes an HTML page that is not UTF-8 by the charset it
// declares in a <meta> tag (Japanese pages in Shift_JIS or EUC-JP, say);
// anything else goes through DecodeText.
func decodeDeclared(raw []byte) (string, []string, error) {
	if utf8.Valid(raw) || bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		return DecodeText(raw)
	}
	enc, name, _ := charset.DetermineEncoding(raw, "text/html")
	switch name {
	case "utf-8", "windows-1252", "": // nothing useful declared
		return DecodeText(raw)
	}
	out, derr := enc.NewDecoder().Bytes(raw)
	if derr != nil || bytes.IndexByte(out, 0) >= 0 {
		return DecodeText(raw)
	}
	s, warnings, err := DecodeText(out)
	if err != nil {
		return "", nil, err
	}
	return s, append([]string{"decoded as " + name + ", the charset the page declares"}, warnings...), nil
}

// htmlText accumulates visible text with block separation. The walk is
// iterative so deeply nested pages cannot overflow the stack.
type htmlText struct {
	b       strings.Builder
	pending int  // line breaks owed before the next text: 1 = newline, 2 = blank line
	space   bool // a collapsed space is owed before the next text
	started bool
}

func (w *htmlText) breakLines(n int) {
	if n > w.pending {
		w.pending = n
	}
	w.space = false
}

func isHTMLSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }

func (w *htmlText) walk(root *html.Node) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			if block[n.Data] {
				w.breakLines(2)
			} else if n.Data == "td" || n.Data == "th" {
				w.space = true
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			w.textNode(n.Data)
			continue
		case html.ElementNode:
			if chrome[n.Data] {
				continue
			}
			switch n.Data {
			case "br":
				w.breakLines(1)
				continue
			case "img":
				continue
			}
			if block[n.Data] {
				w.breakLines(2)
			}
			stack = append(stack, frame{n: n, leave: true})
		case html.CommentNode, html.DoctypeNode:
			continue
		}
		// push children in reverse so the first child is visited first
		var kids []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, frame{n: kids[i]})
		}
	}
}

// textNode writes a text node with browser-like white space collapsing: runs
// of white space become one space, and a space owed at a block boundary is
// dropped.
func (w *htmlText) textNode(s string) {
	if s == "" {
		return
	}
	leading := isHTMLSpace(rune(s[0]))
	trailing := isHTMLSpace(rune(s[len(s)-1]))
	// the fields of s, in place (HTML white space is ASCII, so bytes will do)
	n := 0
	for i := 0; i < len(s); {
		if isHTMLSpace(rune(s[i])) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && !isHTMLSpace(rune(s[j])) {
			j++
		}
		if n == 0 && leading && w.started {
			w.space = true
		}
		if w.started {
			switch {
			case w.pending >= 2:
				w.b.WriteString("\n\n")
			case w.pending == 1:
				w.b.WriteByte('\n')
			case w.space || n > 0:
				w.b.WriteByte(' ')
			}
		}
		w.pending, w.space = 0, false
		w.b.WriteString(s[i:j])
		w.started = true
		n++
		i = j
	}
	if n == 0 {
		if w.started {
			w.space = true
		}
		return
	}
	w.space = trailing
}

func (w *htmlText) finish() string { return w.b.String() }

// flatHTMLText extracts visible text with the tokenizer alone: the same
// chrome removal, block breaks and white space rules as the tree walk, but
// unclosed elements never nest, so any depth costs nothing.
func flatHTMLText(s string) (text, title string) {
	z := html.NewTokenizer(strings.NewReader(s))
	var w htmlText
	skip := map[string]int{} // open chrome elements by name
	skipping := 0
	heading := -1 // index in w.b where the first heading's text starts, while inside it
	var headingText strings.Builder
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.TextToken:
			if skipping == 0 {
				w.textNode(tok.Data)
				if heading >= 0 {
					headingText.WriteString(tok.Data)
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name := tok.Data
			if chrome[name] {
				if tt == html.StartTagToken {
					skip[name]++
					skipping++
				}
				continue
			}
			if skipping > 0 {
				continue
			}
			switch {
			case name == "br":
				w.breakLines(1)
			case block[name]:
				w.breakLines(2)
			}
			if title == "" && heading < 0 && len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' {
				heading = 0
			}
		case html.EndTagToken:
			name := tok.Data
			if chrome[name] {
				if skip[name] > 0 {
					skip[name]--
					skipping--
				}
				continue
			}
			if skipping > 0 {
				continue
			}
			switch {
			case block[name]:
				w.breakLines(2)
			case name == "td" || name == "th":
				w.space = true
			}
			if heading >= 0 && len(name) == 2 && name[0] == 'h' {
				title = strings.TrimSpace(collapse(headingText.String()))
				heading = -1
			}
		}
	}
	return w.finish(), title
}

func collapse(s string) string { return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ") }
