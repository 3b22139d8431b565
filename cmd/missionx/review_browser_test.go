package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// reviewBrowser is a headless Chromium driven over the DevTools protocol, with a
// record of every dialog the pages opened (a script that ran) and every
// request that left the file system (a page that is not self-contained).
type reviewBrowser struct {
	ctx      context.Context
	mu       sync.Mutex
	dialogs  []string
	requests []string
	errors   []string // uncaught exceptions and console errors
}

func (b *reviewBrowser) problems() (dialogs, requests, errors []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.dialogs...), append([]string(nil), b.requests...), append([]string(nil), b.errors...)
}

// startReviewBrowser starts Chromium, or skips the test when it is not installed.
func startReviewBrowser(t *testing.T) *reviewBrowser {
	t.Helper()
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("headless Chromium is not installed: `apt-get install -y chromium` (Debian) to run the browser test; .ci/run installs it")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox, // tests run as root
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	b := &reviewBrowser{}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := ev.Request.URL
			if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "about:") {
				b.mu.Lock()
				b.requests = append(b.requests, u)
				b.mu.Unlock()
			}
		}
	}))
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// The first run starts the browser; it must not carry a timeout.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	// An alert blocks the page: record it and close it, so the test fails
	// on the record instead of hanging.
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, ev.Message)
			b.mu.Unlock()
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleError {
				b.mu.Lock()
				b.errors = append(b.errors, fmt.Sprintf("%s (%s:%d)", m.Text, m.URL, m.Line))
				b.mu.Unlock()
			}
		}
	}()
	b.ctx = ctx
	return b
}

// do runs steps with a time limit.
func (b *reviewBrowser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		_, _, errs := b.problems()
		t.Fatalf("%s: %v (JavaScript errors so far: %q)", what, err, errs)
	}
}

// eval evaluates a JavaScript expression and decodes its value into out.
func (b *reviewBrowser) eval(t *testing.T, expr string, out any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](expr))
	if err != nil {
		t.Fatalf("evaluate %.60q: %v", expr, err)
	}
	if err := json.Unmarshal(v, out); err != nil {
		t.Fatalf("evaluate %.60q: decode %s: %v", expr, v, err)
	}
}

// click sends a real mouse click to the middle of the first line box of the
// element sel selects (a mention that wraps has two boxes, and the middle
// of its bounding box can fall outside both).
func (b *reviewBrowser) click(t *testing.T, sel string) {
	t.Helper()
	var at struct{ X, Y float64 }
	b.eval(t, fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: 'center'}); const r = e.getClientRects()[0]; return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()`, sel), &at)
	b.do(t, "click "+sel, chromedp.MouseClickXY(at.X, at.Y))
}

func (b *reviewBrowser) text(t *testing.T, sel string) string {
	t.Helper()
	var s string
	b.eval(t, fmt.Sprintf(`document.querySelector(%q).textContent`, sel), &s)
	return s
}

func reviewFileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		panic(err)
	}
	return "file://" + filepath.ToSlash(abs)
}

// reviewCheckRenderedDoc checks the document view against the embedded data: the
// whole text is there, and for every span of every record the pieces that
// carry its key spell exactly the record's text (code points mapped to the
// browser's UTF-16 strings correctly).
const reviewCheckRenderedDoc = `(() => {
  const data = JSON.parse(document.getElementById('review-data').textContent);
  const i = Number(/doc=(\d+)/.exec(location.hash)[1]);
  const d = data.docs[i];
  const bad = [];
  if (document.getElementById('text').textContent !== d.text) bad.push('rendered text differs from the document text');
  d.records.forEach((r, ri) => {
    const spans = r.type === 'deployment' ? [[null, r.evidence]] : r.mentions ? r.mentions.map((m, mi) => [mi, m]) : [[null, r]];
    spans.forEach(([mi, m]) => {
      const key = 'r' + ri + (mi === null ? '' : 'm' + mi);
      const got = Array.from(document.querySelectorAll('#text [data-ms~="' + key + '"]')).map(e => e.textContent).join('');
      if (got !== m.text) bad.push(key + ': highlighted ' + JSON.stringify(got) + ', record says ' + JSON.stringify(m.text));
    });
  });
  return bad;
})()`

// reviewFixtureKey finds the mark key of the first record of doc 0 in the fixture
// with the given type and text (or mention text).
func reviewFixtureKey(t *testing.T, typ, text string) (key string, rec map[string]any) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(reviewRepoRoot(t), "testdata", "review", "fixture.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	docs, ri := 0, -1
	for sc.Scan() {
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if r["type"] == "document" {
			docs++
			continue
		}
		if docs != 1 {
			continue
		}
		ri++
		if r["type"] != typ {
			continue
		}
		if r["text"] == text {
			return fmt.Sprintf("r%d", ri), r
		}
		if ev, ok := r["evidence"].(map[string]any); ok && ev["text"] == text {
			return fmt.Sprintf("r%d", ri), r
		}
		if ms, ok := r["mentions"].([]any); ok {
			for mi, m := range ms {
				if m.(map[string]any)["text"] == text {
					return fmt.Sprintf("r%dm%d", ri, mi), r
				}
			}
		}
	}
	t.Fatalf("no %s %q in the fixture's first document", typ, text)
	return "", nil
}

func TestReviewBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := startReviewBrowser(t)
	root := reviewRepoRoot(t)
	dir := t.TempDir()

	t.Run("click a mention", func(t *testing.T) {
		out := filepath.Join(dir, "fixture.html")
		fx := filepath.Join(root, "testdata", "review")
		if code, _, stderr := runReviewCmd(t, "review", "-o", out, "--input-jsonl", filepath.Join(fx, "fixture.jsonl"), "--rejects", filepath.Join(fx, "rejects.jsonl")); code != exitOK {
			t.Fatalf("review exit %d: %s", code, stderr)
		}
		// a mention key from the URL is only a lookup: a hostile one selects nothing
		b.do(t, "open with a bogus mention key",
			chromedp.Navigate(reviewFileURL(out)+"#doc=0&m=__proto__"),
			chromedp.WaitVisible(chromedp.CSS("#text span.m")))
		var selected int
		b.eval(t, `document.querySelectorAll('#record, #text .sel').length`, &selected)
		if selected != 0 {
			t.Errorf("a bogus mention key selected %d elements", selected)
		}
		b.do(t, "open the fixture's first document",
			chromedp.Navigate(reviewFileURL(out)+"#doc=0"),
			chromedp.WaitVisible(chromedp.CSS("#text span.m")))
		var bad []string
		b.eval(t, reviewCheckRenderedDoc, &bad)
		for _, s := range bad {
			t.Error(s)
		}

		// a date after two non-BMP characters: click it, see its record
		key, rec := reviewFixtureKey(t, "date", "March 2009")
		span := rec["span"].([]any)
		b.click(t, `#text [data-ms~="`+key+`"]`)
		b.do(t, "see the date's record", chromedp.WaitVisible(chromedp.CSS(`#record[data-key="`+key+`"]`)))
		for field, want := range map[string]string{
			"value": "2009-03", "start": "2009-03-01", "end": "2009-03-31", "kind": "point",
			"span": fmt.Sprintf("[%v, %v)", span[0], span[1]), "anchor": "—",
		} {
			if got := b.text(t, `#record tr[data-field="`+field+`"] td`); got != want {
				t.Errorf("date record %s = %q, want %q", field, got, want)
			}
		}
		var outlined string
		b.eval(t, `Array.from(document.querySelectorAll('#text .m.sel')).map(e => e.textContent).join('')`, &outlined)
		if outlined != "March 2009" {
			t.Errorf("selected pieces spell %q, want %q", outlined, "March 2009")
		}

		// a relative date links to its anchor; following the link shows it
		key, _ = reviewFixtureKey(t, "date", "in June of that year")
		anchor, _ := reviewFixtureKey(t, "date", "until 2011")
		b.click(t, `#text [data-ms~="`+key+`"]`)
		b.do(t, "follow the anchor", chromedp.WaitVisible(chromedp.CSS(`#record[data-key="`+key+`"]`)),
			chromedp.Click(chromedp.CSS(`#record tr[data-field="anchor"] a`)),
			chromedp.WaitVisible(chromedp.CSS(`#record[data-key="`+anchor+`"]`)))
		if got := b.text(t, `#record tr[data-field="value"] td`); got != "../2011" {
			t.Errorf("anchor record value = %q, want ../2011", got)
		}

		// a role inside a count: the click goes to the innermost mention
		key, _ = reviewFixtureKey(t, "role", "liaison officers")
		b.click(t, `#text [data-ms~="`+key+`"]`)
		b.do(t, "see the role's record", chromedp.WaitVisible(chromedp.CSS(`#record[data-key="`+key+`"]`)))
		if got := b.text(t, `#record tr[data-field="name"] td`); got != "liaison and coordination personnel" {
			t.Errorf("role record name = %q", got)
		}
		if got := b.text(t, `#panel .also`); !strings.Contains(got, "two or three liaison officers") {
			t.Errorf("the panel does not list the enclosing count: %q", got)
		}

		// an organization's second mention (the acronym)
		key, _ = reviewFixtureKey(t, "organization", "UNMIS")
		b.click(t, `#text [data-ms~="`+key+`"]`)
		b.do(t, "see the organization's record", chromedp.WaitVisible(chromedp.CSS(`#record[data-key="`+key+`"]`)))
		if got := b.text(t, `#record tr[data-field="id"] td`); got != "un.unmis" {
			t.Errorf("organization id = %q", got)
		}

		// a deployment row lights up its evidence
		ev := "A total of 6 staff officers served with UNMIS until 2011."
		key, _ = reviewFixtureKey(t, "deployment", ev)
		b.do(t, "click the deployment row", chromedp.Click(chromedp.CSS(`#deployments tr[data-ri="`+strings.TrimPrefix(key, "r")+`"]`)),
			chromedp.WaitVisible(chromedp.CSS(`#record[data-key="`+key+`"]`)))
		var hot string
		b.eval(t, `Array.from(document.querySelectorAll('#text .m.hot')).map(e => e.textContent).join('')`, &hot)
		if hot != ev {
			t.Errorf("highlighted evidence %q, want %q", hot, ev)
		}

		// unticking a type removes its highlights
		b.do(t, "hide dates", chromedp.Click(chromedp.CSS(`.legend input[data-type="date"]`)))
		var dates int
		b.eval(t, `document.querySelectorAll('#text .m.t-date').length`, &dates)
		if dates != 0 {
			t.Errorf("%d date highlights after hiding dates", dates)
		}
	})

	t.Run("markup renders as text", func(t *testing.T) {
		out := filepath.Join(dir, "fixture.html")
		b.do(t, "open the hostile document",
			chromedp.Navigate("about:blank"), // a fresh page: the last test hid the dates
			chromedp.Navigate(reviewFileURL(out)+"#doc=1"),
			chromedp.WaitVisible(chromedp.CSS("#text span.m")))
		var bad []string
		b.eval(t, reviewCheckRenderedDoc, &bad)
		for _, s := range bad {
			t.Error(s)
		}
		var counts struct{ Scripts, Imgs, Elements int }
		b.eval(t, `({scripts: document.scripts.length, imgs: document.images.length, elements: document.querySelectorAll('#text *:not(span), #doc-title *, #docs b').length})`, &counts)
		if counts.Scripts != 2 || counts.Imgs != 0 || counts.Elements != 0 {
			t.Errorf("document markup became elements: %+v", counts)
		}
		if got := b.text(t, "#text"); !strings.Contains(got, "<script>alert(1)</script> page </script><!-- <img src=x onerror=alert(2)>") {
			t.Errorf("hostile text not shown as text: %q", got)
		}
		if got := b.text(t, "#doc-meta"); !strings.Contains(got, "fixture/<b>hostile</b>.txt") {
			t.Errorf("hostile id not shown as text: %q", got)
		}
		if dialogs, _, _ := b.problems(); len(dialogs) > 0 {
			t.Errorf("document text ran as script: dialogs %q", dialogs)
		}
	})

	t.Run("1000 documents", func(t *testing.T) {
		raw, err := os.ReadFile(filepath.Join(root, "testdata", "review", "fixture.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		var first []string // the first document's lines
		for _, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			if strings.HasPrefix(l, `{"type": "document"`) && len(first) > 0 {
				break
			}
			first = append(first, l)
		}
		var bulk strings.Builder
		for i := 0; i < 1000; i++ {
			id := fmt.Sprintf("bulk/%04d.txt", i)
			for _, l := range first {
				bulk.WriteString(strings.Replace(l, `"fixture/unicode.txt"`, fmt.Sprintf("%q", id), 2))
				bulk.WriteByte('\n')
			}
		}
		in := filepath.Join(dir, "bulk.jsonl")
		out := filepath.Join(dir, "bulk.html")
		if err := os.WriteFile(in, []byte(bulk.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := runReviewCmd(t, "review", "-o", out, "--input-jsonl", in); code != exitOK {
			t.Fatalf("review exit %d: %s", code, stderr)
		}
		start := time.Now()
		b.do(t, "open the summary", chromedp.Navigate(reviewFileURL(out)), chromedp.WaitVisible(chromedp.CSS("#pager button")))
		t.Logf("1,000-document page (%d KB) ready in %v", reviewFileSize(t, out)/1024, time.Since(start).Round(time.Millisecond))
		var timing struct {
			DOMContentLoaded, Load float64
			Script                 string
		}
		b.eval(t, `(() => { const n = performance.getEntriesByType('navigation')[0]; return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd, script: document.documentElement.dataset.readyMs}; })()`, &timing)
		t.Logf("in the browser: DOMContentLoaded at %.0f ms, load at %.0f ms; script: %s ms (data + drawing)", timing.DOMContentLoaded, timing.Load, timing.Script)
		var shown int
		b.eval(t, `document.querySelectorAll('#docs tbody tr:not([hidden])').length`, &shown)
		if shown != 100 {
			t.Errorf("%d rows shown on the first page, want 100", shown)
		}
		b.do(t, "search", chromedp.SendKeys(chromedp.CSS("#search"), "bulk/0999"),
			chromedp.WaitVisible(chromedp.CSS(`#docs tr[data-i="999"]`)))
		b.eval(t, `document.querySelectorAll('#docs tbody tr:not([hidden])').length`, &shown)
		if shown != 1 {
			t.Errorf("%d rows match the search for one id, want 1", shown)
		}
		b.do(t, "open the last document", chromedp.Click(chromedp.CSS(`#docs tr[data-i="999"] a`)),
			chromedp.WaitVisible(chromedp.CSS("#text span.m")))
		if got := b.text(t, "#doc-meta dd"); got != "bulk/0999.txt" {
			t.Errorf("opened %q, want bulk/0999.txt", got)
		}
	})

	t.Run("seed screenshot", func(t *testing.T) {
		out := filepath.Join(dir, "seed.html")
		seed := filepath.Join(root, "seeds", "000_148a0b14233a0fa8.txt")
		if code, _, stderr := runReviewCmd(t, "review", "-o", out, seed); code != exitOK {
			t.Fatalf("review exit %d: %s", code, stderr)
		}
		// go test -artifacts keeps t.ArtifactDir() (under ./_artifacts);
		// MISSIONX_REVIEW_SCREENSHOTS names a directory of your own.
		shots := os.Getenv("MISSIONX_REVIEW_SCREENSHOTS")
		if shots == "" {
			shots = t.ArtifactDir()
		} else if err := os.MkdirAll(shots, 0o755); err != nil {
			t.Fatal(err)
		}
		b.do(t, "open the seed summary", chromedp.Navigate(reviewFileURL(out)), chromedp.WaitVisible(chromedp.CSS("#docs")))
		b.screenshot(t, filepath.Join(shots, "seed-summary.png"))
		b.do(t, "open the seed", chromedp.Navigate(reviewFileURL(out)+"#doc=0"), chromedp.WaitVisible(chromedp.CSS("#text")))
		var bad []string
		b.eval(t, reviewCheckRenderedDoc, &bad)
		for _, s := range bad {
			t.Error(s)
		}
		var marks int
		b.eval(t, `document.querySelectorAll('#text span.m[class*="t-"]').length`, &marks)
		if marks > 0 {
			b.click(t, `#text span.m[class*="t-"]`)
			b.do(t, "see the seed's first record", chromedp.WaitVisible(chromedp.CSS("#record")))
		} else {
			t.Log("the seed has no mention yet: nothing to click")
		}
		b.screenshot(t, filepath.Join(shots, "seed.png"))
	})

	dialogs, requests, errs := b.problems()
	if len(errs) > 0 {
		t.Errorf("JavaScript errors on the pages: %q", errs)
	}
	if len(dialogs) > 0 {
		t.Errorf("pages opened dialogs (a script from the data ran): %q", dialogs)
	}
	if len(requests) > 0 {
		t.Errorf("pages made network requests (not self-contained): %q", requests)
	}
}

func (b *reviewBrowser) screenshot(t *testing.T, path string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

func reviewFileSize(t *testing.T, path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Size()
}
