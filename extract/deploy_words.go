package extract

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// depClass is a closed word class the deployment reader uses (see
// deploy_words.tsv for what each means).
type depClass uint32

const (
	dwVerb depClass = 1 << iota
	dwOffer
	dwCompose
	dwNominal
	dwAux
	dwAdverb
	dwDet
	dwPrep
	dwGerundPrep
	dwUnit
	dwNotSent
	dwPerson
	dwOrdinal
	dwNotMission
	dwPeople
	dwCatenative
	dwPronoun
	dwIntrans
	dwTakePart
	dwNations
	dwCarry
	dwConduct
	dwOperation
	dwSupport
	dwRelieve
	dwEnd
	dwSizeHead
	dwEndVerb
	dwLeave
	dwOperate
	dwAmount
	dwSite
)

var depClassNames = map[string]depClass{
	"verb": dwVerb, "offer": dwOffer, "compose": dwCompose, "nominal": dwNominal,
	"aux": dwAux, "adverb": dwAdverb, "det": dwDet, "prep": dwPrep,
	"gerundprep": dwGerundPrep, "unit": dwUnit, "notsent": dwNotSent,
	"person": dwPerson, "ordinal": dwOrdinal, "notmission": dwNotMission, "people": dwPeople, "catenative": dwCatenative, "pronoun": dwPronoun, "intrans": dwIntrans, "takepart": dwTakePart, "nations": dwNations,
	"carry": dwCarry, "conduct": dwConduct, "operation": dwOperation, "support": dwSupport, "relieve": dwRelieve, "end": dwEnd,
	"sizehead": dwSizeHead, "endverb": dwEndVerb, "leave": dwLeave, "operate": dwOperate, "amount": dwAmount,
	"site": dwSite,
}

//go:embed deploy_words.tsv
var depWordsTSV string

var (
	depWordsOnce sync.Once
	depWordsMap  map[string]depClass
	depWordsErr  error
)

// parseDepWords reads the word-class table: class<TAB>word lines, # comments.
func parseDepWords(src string) (map[string]depClass, error) {
	m := make(map[string]depClass, 256)
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, word, ok := strings.Cut(line, "\t")
		if !ok || word == "" || strings.Contains(word, "\t") {
			return nil, fmt.Errorf("deploy_words.tsv line %d: want class<TAB>word, got %q", i+1, line)
		}
		c, known := depClassNames[class]
		if !known {
			return nil, fmt.Errorf("deploy_words.tsv line %d: unknown class %q", i+1, class)
		}
		if word != strings.ToLower(word) {
			return nil, fmt.Errorf("deploy_words.tsv line %d: word %q must be lower case", i+1, word)
		}
		m[word] |= c
	}
	return m, nil
}

// depWords returns the word-class table, parsed once. The table is embedded,
// so a parse error is a bug caught by the tests; it panics (turned into an
// extract error by Extract) rather than silently reading nothing.
func depWords() map[string]depClass {
	depWordsOnce.Do(func() { depWordsMap, depWordsErr = parseDepWords(depWordsTSV) })
	if depWordsErr != nil {
		panic(depWordsErr)
	}
	return depWordsMap
}

// depWordClass gives the classes of a word, case-insensitively, without
// allocating for words of up to 32 bytes.
func depWordClass(w string) depClass {
	m := depWords()
	if c, ok := m[w]; ok {
		return c
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	lower := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			lower = true
		}
		buf[i] = c
	}
	if !lower {
		return 0
	}
	return m[string(buf[:len(w)])]
}

// is reports whether the word belongs to class c.
func (c depClass) is(want depClass) bool { return c&want != 0 }
