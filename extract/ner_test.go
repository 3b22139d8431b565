package extract

import (
	"sync"
	"testing"
)

func analyzeNER(text string, on bool) *Analysis {
	d := &Doc{ID: "t", Text: text}
	a := &Analysis{Doc: d, Tokens: Tokenize(text), Sentences: Sentences(text), opts: &Options{NER: on}}
	FindOrgs(a)
	FindPlaces(a)
	FindNER(a)
	return a
}

func TestFindNEROffByDefault(t *testing.T) {
	text := "Engineers repaired roads in Port-au-Prince and cleared rubble in Part-au-Prince for the Haitian people."
	off := analyzeNER(text, false)
	if len(off.Res.Places) != 1 || len(off.Res.Places[0].Mentions) != 1 {
		t.Fatalf("without NER: %+v", off.Res.Places)
	}
}

func TestFindNER(t *testing.T) {
	if testing.Short() {
		t.Skip("loads prose's model (seconds)")
	}
	text := "Engineers repaired roads in Port-au-Prince and cleared rubble in Part-au-Prince for the Haitian people. " +
		"Later they met officials in Kandiyohi and Montevallo before flying home."
	a := analyzeNER(text, true)
	for _, p := range a.Res.Places {
		checkSpans(t, text, p.Mentions)
	}
	for _, o := range a.Res.Orgs {
		checkSpans(t, text, o.Mentions)
	}
	port := placeByName(a, "Port-au-Prince")
	if port == nil {
		t.Fatalf("Port-au-Prince lost: %+v", a.Res.Places)
	}
	t.Logf("places: %+v", a.Res.Places)
	t.Logf("orgs: %+v", a.Res.Orgs)
	if got := mentionTexts(port.Mentions); len(got) != 2 || got[1] != "Part-au-Prince" {
		t.Errorf("misspelt mention not folded: %q", got)
	}
	if placeByName(a, "Haitian") != nil {
		t.Error("an adjective became a place")
	}
	if p := placeByName(a, "Kandiyohi"); p == nil || p.Kind != "place" || p.Country != "" {
		t.Errorf("a place the gazetteer lacks was not proposed: %+v", a.Res.Places)
	}

	// the model is shared: documents may run concurrently
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := analyzeNER(text, true)
			if len(b.Res.Places) != len(a.Res.Places) {
				t.Errorf("concurrent run differs: %+v", b.Res.Places)
			}
		}()
	}
	wg.Wait()
}
