package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
)

func utf16LE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16BE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFE, 0xFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

func TestDecodeText(t *testing.T) {
	for _, c := range []struct {
		name    string
		raw     []byte
		want    string
		warning string // a piece of the expected warning; "" for none
	}{
		{"ascii", []byte("Two observers left.\n"), "Two observers left.\n", ""},
		{"utf-8 bom", []byte("\xEF\xBB\xBFTwo observers"), "Two observers", ""},
		{"crlf", []byte("a\r\nb\r\n"), "a\nb\n", ""},
		{"lone cr", []byte("a\rb\r\rc"), "a\nb\n\nc", ""},
		{"mixed line ends", []byte("a\r\n\rb\nc\r"), "a\n\nb\nc\n", ""},
		{"nfc", []byte("Timor-Le\u0301ste"), "Timor-L\u00e9ste", ""},
		{"utf-16le bom", utf16LE("Dili, 2007\r\n東ティモール", true), "Dili, 2007\n東ティモール", ""},
		{"utf-16be bom", utf16BE("Dili, 2007", true), "Dili, 2007", ""},
		{"utf-16le no bom", utf16LE("Golan Heights 1996", false), "Golan Heights 1996", "UTF-16 (little-endian)"},
		{"utf-16be no bom", utf16BE("Golan Heights 1996", false), "Golan Heights 1996", "UTF-16 (big-endian)"},
		{"utf-16 odd length", append(utf16LE("Haiti", true), 'x'), "Haiti", "odd number of bytes"},
		{"latin-1", []byte("Caf\xe9 in Gen\xe8ve"), "Café in Genève", "Windows-1252"},
		{"windows-1252 quotes", []byte("\x93quoted\x94"), "\u201cquoted\u201d", "Windows-1252"},
		{"mostly utf-8", []byte("Genève \xff 東京"), "Genève \uFFFD 東京", "1 bad byte(s), the first at offset 8"},
		{"bom then bad byte", []byte("\xEF\xBB\xBFabc\xffdef ghi jkl"), "abc\uFFFDdef ghi jkl", "the first at offset 3"},
		{"truncated utf-8 at end", []byte("東京 and Osaka, 2009\xe6\x9d"), "東京 and Osaka, 2009\uFFFD\uFFFD", "2 bad byte(s)"},
		{"empty", nil, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, warns, err := DecodeText(c.raw)
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if got != c.want {
				t.Errorf("text %q, want %q", got, c.want)
			}
			w := strings.Join(warns, "; ")
			if (c.warning == "") != (w == "") || !strings.Contains(w, c.warning) {
				t.Errorf("warnings %q, want one with %q", w, c.warning)
			}
		})
	}
}

func TestDecodeTextRejects(t *testing.T) {
	random := make([]byte, 2048)
	x := uint32(12345)
	for i := range random {
		x = x*1664525 + 1013904223
		random[i] = byte(x>>24) | 1 // no NUL: the control-character test must catch it
	}
	for _, c := range []struct {
		name string
		raw  []byte
		msg  string
	}{
		{"nul", []byte("abc\x00def"), "NUL byte at offset 3"},
		{"elf header", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), "NUL byte"},
		{"random bytes", random, "control characters"},
		{"control characters", []byte(strings.Repeat("\x01\x02\x03 text", 50)), "control characters"},
		{"utf-16 japanese without bom", utf16LE("東京\n", false), "UTF-16 without a byte order mark"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := DecodeText(c.raw)
			if !errors.Is(err, ErrNotText) || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("error %v, want ErrNotText with %q", err, c.msg)
			}
			var de *DecodeError
			if !errors.As(err, &de) || de.Stage != "decode" {
				t.Errorf("stage: %v", err)
			}
		})
	}
}

func TestDecodeHTML(t *testing.T) {
	for _, c := range []struct {
		name, html, text, title string
		warning                 string
	}{
		{
			"chrome removed",
			`<html><head><title>Page title</title><style>.a{}</style><script>var d = "1999";</script></head><body>
<header>Ministry header</header><nav><a href="/">Home</a> | News 2001</nav>
<main><h1>Dispatch of personnel</h1><p>Two officers left in <b>May 2007</b>.</p><p>They returned.</p></main>
<aside>See also 1998</aside><footer>&copy; 2010 Ministry</footer><noscript>enable JS</noscript></body></html>`,
			"Dispatch of personnel\n\nTwo officers left in May 2007.\n\nThey returned.",
			"Dispatch of personnel", "",
		},
		{
			"entities and white space",
			"<p>Caf&eacute;&nbsp;and&#160;tea &amp;\n   more</p>",
			"Café\u00a0and\u00a0tea & more", "Café\u00a0and\u00a0tea & more", "",
		},
		{
			"br and table cells",
			"<p>line one<br>line two</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
			"line one\nline two\n\na b\n\nc", "line one", "",
		},
		{
			"title from title element",
			"<title>From the head</title><p>Body text</p>",
			"Body text", "From the head", "",
		},
		{
			"unclosed tags",
			"<div><p>First<p>Second<ul><li>item one<li>item two<div><span><b>",
			"First\n\nSecond\n\nitem one\n\nitem two", "First", "",
		},
		{
			"huge attribute",
			`<p data-x="` + strings.Repeat("y", 2_000_000) + `">Short text</p>`,
			"Short text", "Short text", "",
		},
		{
			"deep nesting falls back to the tokenizer",
			strings.Repeat("<div>", 100_000) + "<h2>Deep title</h2><script>no()</script>Deep text" + strings.Repeat("</div>", 100_000),
			"Deep title\n\nDeep text", "Deep title", "read tag by tag",
		},
		{
			"deep unclosed inline tags",
			"<p>Start " + strings.Repeat("<b>", 100_000) + "end</p><nav>menu</nav>",
			"Start end", "Start end", "read tag by tag",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			text, title, warns, err := DecodeHTML([]byte(c.html))
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v", d)
			}
			if text != c.text {
				t.Errorf("text %q, want %q", text, c.text)
			}
			if title != c.title {
				t.Errorf("title %q, want %q", title, c.title)
			}
			w := strings.Join(warns, "; ")
			if (c.warning == "") != (w == "") || !strings.Contains(w, c.warning) {
				t.Errorf("warnings %q, want one with %q", w, c.warning)
			}
		})
	}
}

// TestFlatHTMLMatchesTree: on ordinary pages the tokenizer fallback reads
// the same text as the tree walk, so a page does not change values because
// it happens to be nested too deep.
func TestFlatHTMLMatchesTree(t *testing.T) {
	for _, page := range []string{
		"<h1>Title</h1><p>One <b>two</b> three.</p><p>Four<br>five</p>",
		"<div><nav>menu</nav><p>Body 2007</p><footer>foot</footer></div>",
		"<ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>",
	} {
		tree, _, _, err := DecodeHTML([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		flat, _ := flatHTMLText(page)
		if flat != tree {
			t.Errorf("%s:\n tree %q\n flat %q", page, tree, flat)
		}
	}
}

// TestHTMLAndTextSameValues: an HTML page and a text rendition of the same
// content give the same dates.
func TestHTMLAndTextSameValues(t *testing.T) {
	page := "<html><body><nav>Archive 1995</nav><h1>Notice</h1><p>From January through August 2007 two officers served.</p><footer>2012</footer></body></html>"
	txt := "Notice\n\nFrom January through August 2007 two officers served."
	htext, _, _, err := DecodeHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if htext != txt {
		t.Fatalf("HTML text %q", htext)
	}
	values := func(text string) []string {
		res, err := Extract(&Doc{ID: "x", Text: text}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var v []string
		for _, d := range res.Dates {
			v = append(v, d.Text+"="+d.Interval.Value())
		}
		return v
	}
	if h, p := strings.Join(values(htext), ","), strings.Join(values(txt), ","); h != p {
		t.Errorf("HTML gives %q, text gives %q", h, p)
	}
}

func TestDecodedTextInvariants(t *testing.T) {
	// whatever DecodeText accepts is valid UTF-8 without CR or NUL
	for _, raw := range [][]byte{[]byte("a\r\nb"), []byte("\xff\xfe\x00"), []byte("x\xe9\r"), utf16LE("a\rb", true)} {
		s, _, err := DecodeText(raw)
		if err != nil {
			continue
		}
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\x00") {
			t.Errorf("%q decoded to %q", raw, s)
		}
	}
}

func TestDecodeHTMLDeclaredCharset(t *testing.T) {
	// "平和維持" in Shift_JIS and EUC-JP
	sjis := "\x95\xbd\x98\x61\x88\xdb\x8e\x9d"
	eucjp := "\xca\xbf\xcf\xc2\xb0\xdd\xbb\xfd"
	for _, c := range []struct{ name, page, warning string }{
		{"shift_jis", `<html><head><meta charset="Shift_JIS"></head><body><p>` + sjis + ` 2007</p></body></html>`, "shift_jis"},
		{"euc-jp", `<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><p>` + eucjp + ` 2007</p>`, "euc-jp"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, _, warns, err := DecodeHTML([]byte(c.page))
			if err != nil {
				t.Fatal(err)
			}
			if text != "平和維持 2007" {
				t.Errorf("text %q", text)
			}
			if w := strings.Join(warns, "; "); !strings.Contains(w, c.warning) {
				t.Errorf("warnings %q", w)
			}
		})
	}
	// a UTF-8 page that declares another charset is read as UTF-8
	text, _, warns, err := DecodeHTML([]byte(`<meta charset="shift_jis"><p>平和維持</p>`))
	if err != nil || text != "平和維持" || len(warns) != 0 {
		t.Errorf("UTF-8 page declaring shift_jis: %q %q %v", text, warns, err)
	}
}

func TestDecodeTextLegacyJapanese(t *testing.T) {
	const ja = "国連ミッションに文民警察官を二名派遣した。\n期間は2007年1月から2008年2月まで。"
	encode := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, c := range []struct {
		name string
		raw  []byte
	}{
		{"Shift_JIS", encode(japanese.ShiftJIS, ja)},
		{"EUC-JP", encode(japanese.EUCJP, ja)},
		{"ISO-2022-JP", encode(japanese.ISO2022JP, ja)},
		{"Shift_JIS", encode(japanese.ShiftJIS, "Japan Peace Cooperation: "+ja+"\nEnd.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, warns, err := DecodeText(c.raw)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(s, ja) {
				t.Errorf("decoded %q", s)
			}
			if w := strings.Join(warns, "; "); !strings.Contains(w, c.name) {
				t.Errorf("warnings %q do not name %s", w, c.name)
			}
		})
	}
	// not Japanese: these keep their old readings
	for _, c := range []struct {
		name, raw, want, warning string
	}{
		// Latin-1 "é" + "r" pairs into a valid Shift_JIS kanji, but no kana
		{"latin-1", "Mr P\xe9rez and Ms Ib\xe1\xf1ez were observers.", "Mr Pérez and Ms Ibáñez were observers.", "Windows-1252"},
		// UTF-8 Japanese with one bad byte is repaired as UTF-8
		{"utf-8 with a bad byte", "派遣した\xff。期間は一年。", "派遣した\uFFFD。期間は一年。", "U+FFFD"},
		// an escape character alone is not ISO-2022-JP
		{"escape", "A terminal \x1b[1mbold\x1b[0m word in a line of ordinary text.", "A terminal \x1b[1mbold\x1b[0m word in a line of ordinary text.", ""},
	} {
		s, warns, err := DecodeText([]byte(c.raw))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		w := strings.Join(warns, "; ")
		if s != c.want || !strings.Contains(w, c.warning) || (c.warning == "") != (w == "") {
			t.Errorf("%s: got %q (warnings %q), want %q (warning %q)", c.name, s, w, c.want, c.warning)
		}
	}
}
