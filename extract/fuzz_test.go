package extract

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkDecoded asserts what every decoded text promises: valid UTF-8, NFC,
// LF line ends only, no NUL.
func checkDecoded(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
	if strings.ContainsAny(s, "\r\x00") {
		t.Fatalf("%s has CR or NUL: %q", what, s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("%s is not NFC: %q", what, s)
	}
}

func checkDecodeError(t *testing.T, err error) {
	t.Helper()
	var de *DecodeError
	if !errors.As(err, &de) || (de.Stage != "decode" && de.Stage != "parse") || de.Error() == "" {
		t.Fatalf("error is not a DecodeError with a stage and a message: %#v", err)
	}
}

func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{
		"plain text\n", "a\r\nb\rc", "\xEF\xBB\xBFbom", "\xFF\xFEa\x00b\x00", "\xFE\xFF\x00a\x00b",
		"a\x00b\x00c\x00d\x00e\x00", "\x00a\x00b\x00c\x00d\x00e", "caf\xe9", "\xe6\x9d\xb1\xe4\xba\xac\xff",
		"e\u0301", "\x00", "\x01\x02\x03", "\xFF\xFE\x00\xD8", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, warns, err := DecodeText(raw)
		if err != nil {
			checkDecodeError(t, err)
			return
		}
		checkDecoded(t, "text", text)
		for _, w := range warns {
			if w == "" || !utf8.ValidString(w) {
				t.Fatalf("bad warning %q", w)
			}
		}
	})
}

func FuzzDecodeHTML(f *testing.F) {
	for _, s := range []string{
		"<p>text</p>", "<h1>T</h1><p>a<br>b</p><script>x</script>", "<table><tr><td>a<td>b</table>",
		"<div><div><div>", "<!-- c --><p>x", "&amp;&nbsp;&#0;&#x110000;", "<nav>n</nav><p>p</p><footer>f",
		strings.Repeat("<div>", 600) + "deep", strings.Repeat("<b>", 600) + "deep", "<p title='\r\n'>\r\nx\r</p>",
		"<svg><p>x</p></svg>", "<select><option>o</select>after", "<textarea><p>t</textarea>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, title, _, err := DecodeHTML(raw)
		if err != nil {
			checkDecodeError(t, err)
			return
		}
		checkDecoded(t, "text", text)
		if !utf8.ValidString(title) {
			t.Fatalf("title is not valid UTF-8: %q", title)
		}
		if text != strings.TrimSpace(text) && strings.TrimSpace(text) != "" {
			// leading or trailing white space would shift nothing but is
			// a sign the block logic went wrong
			if strings.HasPrefix(text, "\n") || strings.HasSuffix(text, "\n\n\n") {
				t.Fatalf("stray line breaks: %q", text)
			}
		}
		if strings.Contains(text, "\n\n\n") {
			t.Fatalf("more than one blank line between blocks: %q", text)
		}
	})
}
