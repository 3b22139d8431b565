package extract

import (
	"reflect"
	"testing"
)

func placeByName(a *Analysis, name string) *Place {
	for i := range a.Res.Places {
		if a.Res.Places[i].Name == name {
			return &a.Res.Places[i]
		}
	}
	return nil
}

func TestFindPlaces(t *testing.T) {
	type want struct {
		name, kind, country string
		mentions            []string
	}
	cases := []struct {
		name string
		text string
		want []want
	}{
		{
			name: "aliases fold into one country",
			text: "Democratic Republic of Timor-Leste\nEast Timor became independent, and Timor - Leste's stability improved in Timor-Leste.",
			want: []want{{"Timor-Leste", "country", "TLS",
				[]string{"Democratic Republic of Timor-Leste", "East Timor", "Timor - Leste", "Timor-Leste"}}},
		},
		{
			name: "adjectives are not places; a country in an organization's name is the organization's",
			text: "Japanese officers met the Government of Japan's envoy on the Syrian side and the East Timorese police.",
			want: []want{},
		},
		{
			name: "cities carry their country; formal names fold",
			text: "Relief flew from the Kingdom of Cambodia to Goma, Zaire, now the Democratic Republic of the Congo, and then to Phnom Penh in Cambodia.",
			want: []want{
				{"Cambodia", "country", "KHM", []string{"Kingdom of Cambodia", "Cambodia"}},
				{"Goma", "place", "COD", []string{"Goma"}},
				{"Democratic Republic of the Congo", "country", "COD", []string{"Zaire", "Democratic Republic of the Congo"}},
				{"Phnom Penh", "place", "KHM", []string{"Phnom Penh"}},
			},
		},
		{
			name: "sites of disaster relief with no cue around them, and spellings that fold",
			text: "Cargo planes shuttled between U-Tapao and Banda Aceh while medics stayed on around Galle and Gölcük; Golcuk got tents.",
			want: []want{
				{"Utapao", "place", "THA", []string{"U-Tapao"}},
				{"Banda Aceh", "place", "IDN", []string{"Banda Aceh"}},
				{"Galle", "place", "LKA", []string{"Galle"}},
				{"Golcuk", "place", "TUR", []string{"Gölcük", "Golcuk"}},
			},
		},
		{
			name: "regions, camps by shape, and a place defined with its abbreviation",
			text: "Patrols crossed the Zone of Confidence (ZOC) near Camp Khor in the Middle East; the ZOC stayed calm.",
			want: []want{
				{"Zone of Confidence", "region", "", []string{"Zone of Confidence", "ZOC", "ZOC"}},
				{"Camp Khor", "place", "", []string{"Camp Khor"}},
				{"Middle East", "region", "", []string{"Middle East"}},
			},
		},
		{
			name: "an area name by shape may join capitalized words with a tight hyphen",
			text: "Observers toured Upper-Kaveri Province and Lake-Side District, but not the half - Province area.",
			want: []want{
				{"Upper-Kaveri Province", "place", "", []string{"Upper-Kaveri Province"}},
				{"Lake-Side District", "place", "", []string{"Lake-Side District"}},
			},
		},
		{
			name: "a continent named by its adjective",
			text: "Engineers trained across the African continent, while the African Union paid for the Asian continent's share.",
			want: []want{
				{"Africa", "region", "", []string{"African continent"}},
				{"Asia", "region", "", []string{"Asian continent"}},
			},
		},
		{
			name: "cities of the Palestinian territories",
			text: "Teams watched polling in Gaza City, Nablus and Khan Younis; Gaza stayed calm.",
			want: []want{
				{"Gaza City", "place", "PSE", []string{"Gaza City"}},
				{"Nablus", "place", "PSE", []string{"Nablus"}},
				{"Khan Yunis", "place", "PSE", []string{"Khan Younis"}},
				{"Gaza Strip", "region", "PSE", []string{"Gaza"}},
			},
		},
		{
			name: "gazetteer camps by their short names",
			text: "The unit lived at Camp Ziouani and visited Faouar and Ziouani.",
			want: []want{
				{"Camp Ziouani", "place", "ISR", []string{"Camp Ziouani", "Ziouani"}},
				{"Camp Faouar", "place", "SYR", []string{"Faouar"}},
			},
		},
		{
			name: "an unknown name in a list with known cities takes their country",
			text: "Monitors toured polling stations in Sarajevo, Veliko Brdo, Mostar and Gornji Lug before Veliko Brdo closed.",
			want: []want{
				{"Sarajevo", "place", "BIH", []string{"Sarajevo"}},
				{"Veliko Brdo", "place", "BIH", []string{"Veliko Brdo", "Veliko Brdo"}},
				{"Mostar", "place", "BIH", []string{"Mostar"}},
				{"Gornji Lug", "place", "BIH", []string{"Gornji Lug"}},
			},
		},
		{
			name: "a list needs a known city and a closing and; titles and common words are not places",
			text: "Teams went to Norwick, Halden and Brask. Talks in Juba and President Tamar ended. " +
				"They moved between Juba, Wau and Crossing, and the crossing was slow. Maps of Juba, Lorn went missing.",
			want: []want{
				{"Juba", "place", "SSD", []string{"Juba", "Juba", "Juba"}},
				{"Wau", "place", "SSD", []string{"Wau"}},
			},
		},
		{
			name: "a name followed by the known place it lies in",
			text: "The team stayed at Lorema, Liberia for a week. In March, Japan sent more, staff at Headquarters, Japan agreed, " +
				"and a letter went to Tanaka, Japan's envoy.",
			want: []want{
				{"Lorema", "place", "LBR", []string{"Lorema"}},
				{"Liberia", "country", "LBR", []string{"Liberia"}},
				{"Japan", "country", "JPN", []string{"Japan", "Japan", "Japan"}},
			},
		},
		{
			name: "sites and settlements named after a noun for them",
			text: "Engineers levelled ground for the UN camp at Tomasi, met at UN House in Kelmar and drove to the town of Osmara. Tomasi grew.",
			want: []want{
				{"Tomasi", "place", "", []string{"Tomasi", "Tomasi"}},
				{"Kelmar", "place", "", []string{"Kelmar"}},
				{"Osmara", "place", "", []string{"Osmara"}},
			},
		},
		{
			name: "the X camp or area; adjectives and the mission are not places",
			text: "Food reached the Dorrik camp, but not the Maoist camp, the Japanese area or the Mission area of the mission.",
			want: []want{{"Dorrik", "place", "", []string{"Dorrik"}}},
		},
		{
			name: "administrative areas by their suffix, not phrases of politics",
			text: "Staff served in Upper Lakka State and Venn County, and each Member State and the Military Region sent word.",
			want: []want{
				{"Upper Lakka State", "region", "", []string{"Upper Lakka State"}},
				{"Venn County", "place", "", []string{"Venn County"}},
			},
		},
		{
			name: "a currency is not a place mention, nor US in a line of capitals",
			text: "Japan gave 5 million US dollars (US$5 million) and more U.S. dollars, and the US agreed.\nCONTACT US",
			want: []want{
				{"Japan", "country", "JPN", []string{"Japan"}},
				{"United States", "country", "USA", []string{"US"}},
			},
		},
		{
			name: "every name after a noun for sites; a journey from a known place; a place in a department; a former country",
			text: "Tents went to the camps in Stenkovo and Radusa. The aircraft flew from Japan to Pelora, and a team drove to Varnas, " +
				"in the department of Tolmo, in the Federal Republic of Yugoslavia.",
			want: []want{
				{"Stenkovo", "place", "", []string{"Stenkovo"}},
				{"Radusa", "place", "", []string{"Radusa"}},
				{"Japan", "country", "JPN", []string{"Japan"}},
				{"Pelora", "place", "", []string{"Pelora"}},
				{"Varnas", "place", "", []string{"Varnas"}},
				{"Tolmo", "place", "", []string{"Tolmo"}},
				{"Yugoslavia", "region", "", []string{"Federal Republic of Yugoslavia"}},
			},
		},
		{
			name: "a place after a participle of stationing, and site nouns with of",
			text: "The company was stationed in Varbek and later based at Olsany. Observers patrolled from the team sites of Dorlan and Kessik, " +
				"but the offices of Caritas and the headquarters of the Force were closed, troops deployed in September, and a platoon was based at Kilometre 40.",
			want: []want{
				{"Varbek", "place", "", []string{"Varbek"}},
				{"Olsany", "place", "", []string{"Olsany"}},
				{"Dorlan", "place", "", []string{"Dorlan"}},
				{"Kessik", "place", "", []string{"Kessik"}},
			},
		},
		{
			name: "a name that an apposition calls a settlement",
			text: "Engineers went to Merbok, a village 40 km north of the capital, and to Upper Talin, the main town in the valley. " +
				"Mr Kato, a town official, met Dr Sene, the city engineer.",
			want: []want{
				{"Merbok", "place", "", []string{"Merbok"}},
				{"Upper Talin", "place", "", []string{"Upper Talin"}},
			},
		},
		{
			name: "capitals of the world are known places",
			text: "Kingdom of Morocco\nCapital: Rabat\nDelegates flew from Ulan Bator via Nur-Sultan to Kiev.",
			want: []want{
				{"Morocco", "country", "MAR", []string{"Kingdom of Morocco"}},
				{"Rabat", "place", "MAR", []string{"Rabat"}},
				{"Ulaanbaatar", "place", "MNG", []string{"Ulan Bator"}},
				{"Astana", "place", "KAZ", []string{"Nur-Sultan"}},
				{"Kyiv", "place", "UKR", []string{"Kiev"}},
			},
		},
		{
			name: "a capitalized compass word before a country names a region of it",
			text: "Fighting in Northern Uganda spread to Eastern Chad, not to South Sudan or East Timor; northern Mali stayed calm.",
			want: []want{
				{"Northern Uganda", "region", "UGA", []string{"Northern Uganda"}},
				{"Eastern Chad", "region", "TCD", []string{"Eastern Chad"}},
				{"South Sudan", "country", "SSD", []string{"South Sudan"}},
				{"Timor-Leste", "country", "TLS", []string{"East Timor"}},
				{"Mali", "country", "MLI", []string{"Mali"}},
			},
		},
		{
			name: "a country's abbreviation before a lower-case noun is an adjective",
			text: "French and U.S. forces and UK troops stayed, while the U.S. and the UK sent aid to the US in May.",
			want: []want{
				{"United States", "country", "USA", []string{"U.S.", "US"}},
				{"United Kingdom", "country", "GBR", []string{"UK"}},
			},
		},
		{
			name: "a country spanning and is one element of a list",
			text: "Observers went to Sarajevo, Bosnia and Herzegovina and to Tuzla.",
			want: []want{
				{"Sarajevo", "place", "BIH", []string{"Sarajevo"}},
				{"Bosnia and Herzegovina", "country", "BIH", []string{"Bosnia and Herzegovina"}},
				{"Tuzla", "place", "BIH", []string{"Tuzla"}},
			},
		},
	}
	cases = append(cases, []struct {
		name string
		text string
		want []want
	}{
		{
			name: "an embassy's post is a place; so is the country an operation is named for, when named nowhere else",
			text: "An official of the Embassy of Japan in Nairobi joined the United Nations Mission in Liberia.",
			want: []want{{"Nairobi", "place", "KEN", []string{"Nairobi"}}, {"Liberia", "country", "LBR", []string{"Liberia"}}},
		},
		{
			name: "a region an operation is named for",
			text: "Two officers joined the African Union-United Nations Hybrid Operation in Darfur last year.",
			want: []want{{"Darfur", "region", "SDN", []string{"Darfur"}}},
		},
		{
			name: "an operation's country named elsewhere too keeps that mention only",
			text: "Liberia asked for help, and the United Nations Mission in Liberia was set up.",
			want: []want{{"Liberia", "country", "LBR", []string{"Liberia"}}},
		},
		{
			name: "an Iraqi air base town and an Abkhaz sector town",
			text: "Transport planes shuttled to Tallil, and observers kept posts in the Gali sector.",
			want: []want{{"Tallil", "place", "IRQ", []string{"Tallil"}}, {"Gali", "place", "GEO", []string{"Gali"}}},
		},
		{
			name: "a government's or a regional body's name is no operation's",
			text: "The Government of Indonesia and the Organization for Security and Co-operation in Europe agreed.",
			want: nil,
		},
		{
			name: "islands, dividing lines and spelling variants",
			text: "Supplies reached Samar and Panay; observers watch the Line of Control; teams went to Lospalos (Los Palos).",
			want: []want{{"Samar", "region", "PHL", []string{"Samar"}}, {"Panay", "region", "PHL", []string{"Panay"}},
				{"Line of Control", "region", "", []string{"Line of Control"}}, {"Lospalos", "place", "TLS", []string{"Lospalos", "Los Palos"}}},
		},
		{
			name: "a compass region folds into the state named after it when the page names both",
			text: "The vote in Southern Sudan led to the independence of South Sudan; Northern Uganda stayed calm.",
			want: []want{{"South Sudan", "country", "SSD", []string{"Southern Sudan", "South Sudan"}},
				{"Northern Uganda", "region", "UGA", []string{"Northern Uganda"}}},
		},
		{
			name: "a list after a locative word with a province or island of a known country",
			text: "Relief went to towns in Leyte and Biliran.",
			want: []want{{"Leyte", "region", "PHL", []string{"Leyte"}}, {"Biliran", "place", "PHL", []string{"Biliran"}}},
		},
		{
			name: "a name before Island or Peninsula is a region",
			text: "Boats reached Tolo Island and the Kanda Peninsula.",
			want: []want{{"Tolo Island", "region", "", []string{"Tolo Island"}}, {"Kanda Peninsula", "region", "", []string{"Kanda Peninsula"}}},
		},
		{
			name: "known places joined by a hyphen are each a place",
			text: "Patrols cover the Chad-Sudan border.",
			want: []want{{"Chad", "country", "TCD", []string{"Chad"}}, {"Sudan", "country", "SDN", []string{"Sudan"}}},
		},
	}...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyze(c.text)
			for _, p := range a.Res.Places {
				checkSpans(t, c.text, p.Mentions)
			}
			if len(a.Res.Places) != len(c.want) {
				t.Errorf("got %d places, want %d: %+v", len(a.Res.Places), len(c.want), a.Res.Places)
			}
			for _, w := range c.want {
				p := placeByName(a, w.name)
				if p == nil {
					t.Errorf("%s not found; got %+v", w.name, a.Res.Places)
					continue
				}
				if p.Kind != w.kind || p.Country != w.country {
					t.Errorf("%s: got %s/%s, want %s/%s", w.name, p.Kind, p.Country, w.kind, w.country)
				}
				got := mentionTexts(p.Mentions)
				if len(got) != len(w.mentions) {
					t.Errorf("%s mentions: got %q, want %q", w.name, got, w.mentions)
					continue
				}
				for i := range got {
					if got[i] != w.mentions[i] {
						t.Errorf("%s mentions: got %q, want %q", w.name, got, w.mentions)
						break
					}
				}
			}
		})
	}
}

// placeCueOf gives, from one lookup, what the three word sets give.
func TestPlaceCueOfMatchesSets(t *testing.T) {
	text := "in In IN at to From from near between Camp camp CAMPS headquarters Headquarters " +
		"town Town village of Of the and a station Station offices port Port département Région " +
		"towards toward outside including via across around the Municipality of a hospital’s compound stationed Based posted"
	ws := nameWords(Tokenize(text))
	checked := 0
	for i, w := range ws {
		if w.Kind != Word {
			continue
		}
		cue := placeCueOf(ws, i)
		if got, want := cue&cueSite != 0, inWordSet(siteNouns, w.Text) || inWordSet(stationWords, w.Text); got != want {
			t.Errorf("%q: site %v, want %v", w.Text, got, want)
		}
		if got, want := cue&cueSettlement != 0, inWordSet(settlementNouns, w.Text); got != want {
			t.Errorf("%q: settlement %v, want %v", w.Text, got, want)
		}
		if got, want := cue&cueLocative != 0, locativeWords[w.Text]; got != want {
			t.Errorf("%q: locative %v, want %v", w.Text, got, want)
		}
		if cue != 0 {
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("only %d cue words in the fixture", checked)
	}
}

// The place stage finds the same whether it reads the words the
// organization stage built (as in Extract) or builds its own.
func TestPlacesSameWithSharedWords(t *testing.T) {
	texts := []string{
		"The United Nations Mission in Liberia (UNMIL) deployed troops to Kakata, Liberia, and the Area of Separation (AOS) near Quneitra.",
		"Engineers went from Japan to Comayagua. The camps in Stenkovec and Nakuva held refugees; the town of Kakata was calm.",
	}
	for _, text := range texts {
		shared := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text)}
		FindOrgs(shared)
		if shared.names == nil {
			t.Fatal("FindOrgs kept no words for FindPlaces")
		}
		FindPlaces(shared)
		if shared.names != nil {
			t.Error("FindPlaces did not recycle the shared words")
		}
		alone := &Analysis{Doc: &Doc{Text: text}, Tokens: Tokenize(text)}
		FindOrgs(alone)
		alone.releaseNameWords()
		FindPlaces(alone)
		if len(shared.Res.Places) == 0 {
			t.Errorf("%q: no places: the test checks nothing", text)
		}
		if !reflect.DeepEqual(shared.Res.Places, alone.Res.Places) {
			t.Errorf("%q: shared words give %+v, own words %+v", text, shared.Res.Places, alone.Res.Places)
		}
	}
}
