package extract

import (
	"sync"
	"testing"
)

func analyze(text string) *Analysis {
	d := &Doc{ID: "t", Text: text}
	a := &Analysis{Doc: d, Tokens: Tokenize(text), Sentences: Sentences(text)}
	FindOrgs(a)
	FindPlaces(a)
	return a
}

func checkSpans(t *testing.T, text string, ms []Mention) {
	t.Helper()
	for _, m := range ms {
		if text[m.Span.Start:m.Span.End] != m.Text {
			t.Errorf("mention %q: span %v holds %q", m.Text, m.Span, text[m.Span.Start:m.Span.End])
		}
	}
}

func orgByID(a *Analysis, id string) *Org {
	for i := range a.Res.Orgs {
		if a.Res.Orgs[i].ID == id {
			return &a.Res.Orgs[i]
		}
	}
	return nil
}

func mentionTexts(ms []Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text
	}
	return out
}

func TestFindOrgs(t *testing.T) {
	type want struct {
		id, name, acronym, category string
		mentions                    []string
	}
	cases := []struct {
		name string
		text string
		want []want
		not  []string // ids that must not be found
	}{
		{
			name: "long form, gloss and acronym linked; spaced variant and possessive folded",
			text: "Two officers joined the United Nations Integrated Mission in Timor-Leste (East Timor) ( UNMIT ) last year. " +
				"The UN Integrated Mission in Timor - Leste grew, and UNMIT 's staff moved.",
			want: []want{{"un.unmit", "United Nations Integrated Mission in Timor-Leste", "UNMIT", "un-mission",
				[]string{"United Nations Integrated Mission in Timor-Leste", "UNMIT", "UN Integrated Mission in Timor - Leste", "UNMIT"}}},
		},
		{
			name: "registry acronym alone",
			text: "Engineers served with MINUSTAH and later with UNAVEM II in another decade.",
			want: []want{
				{"un.minustah", "United Nations Stabilization Mission in Haiti", "MINUSTAH", "un-mission", []string{"MINUSTAH"}},
				{"un.unavemii", "United Nations Angola Verification Mission II", "UNAVEM II", "un-mission", []string{"UNAVEM II"}},
			},
		},
		{
			name: "U.N. and United Nations are one body; Security Council",
			text: "At the request of the United Nations (U.N.), the Security Council met. The U.N. agreed.",
			want: []want{
				{"un.un", "United Nations", "UN", "un-body", []string{"United Nations", "U.N.", "U.N."}},
				{"un.unsc", "United Nations Security Council", "UNSC", "un-body", []string{"Security Council"}},
			},
		},
		{
			name: "unknown organization defined with its acronym",
			text: "Talks between the Sunrise Liberation Front ( SLF ) and the army stalled, and the SLF withdrew.",
			want: []want{{"sunrise-liberation-front", "Sunrise Liberation Front", "SLF", "other",
				[]string{"Sunrise Liberation Front", "SLF", "SLF"}}},
		},
		{
			name: "an acronym of a name in another language, after a country",
			text: "War broke out between Ruritania and the National Front for the Liberation of Ruritania ( FNLR ) in 1975.",
			want: []want{{"national-front-for-the-liberation-of-ruritania", "National Front for the Liberation of Ruritania", "FNLR", "other",
				[]string{"National Front for the Liberation of Ruritania", "FNLR"}}},
		},
		{
			name: "acronym first, long form in brackets",
			text: "Advisers trained the KNP (Kalaran National Police) for two years before the KNP took over.",
			want: []want{{"kalaran-national-police", "Kalaran National Police", "KNP", "government-agency",
				[]string{"KNP", "Kalaran National Police", "KNP"}}},
		},
		{
			name: "unknown organizations by head word and X of Y",
			text: "Soldiers who left the Ruritanian Armed Forces protested, and the Ministry of Public Health of Liberia sent doctors.",
			want: []want{
				{"ruritanian-armed-forces", "Ruritanian Armed Forces", "", "military", []string{"Ruritanian Armed Forces"}},
				{"ministry-of-public-health", "Ministry of Public Health", "", "government-agency", []string{"Ministry of Public Health"}},
			},
		},
		{
			name: "governments from Government of X, demonym and possessive",
			text: "The Government of Timor - Leste asked for help, the Cambodian government agreed, Japan's government paid, and the Congolese government thanked them.",
			want: []want{
				{"government-of-timor-leste", "Government of Timor-Leste", "", "government", []string{"Government of Timor - Leste"}},
				{"government-of-cambodia", "Government of Cambodia", "", "government", []string{"Cambodian government"}},
				{"government-of-japan", "Government of Japan", "", "government", []string{"Japan's government"}},
				{"government-of-the-democratic-republic-of-the-congo", "Government of the Democratic Republic of the Congo", "", "government", []string{"Congolese government"}},
			},
		},
		{
			name: "a country the UN writes with its article; the Secretariat is a body of its own",
			text: "The Sudanese government and the Government of the Niger each sent a note to the Secretariat of the International Peace Cooperation Headquarters, which the International Peace Cooperation Headquarters then answered.",
			want: []want{
				{"government-of-the-sudan", "Government of the Sudan", "", "government", []string{"Sudanese government"}},
				{"government-of-the-niger", "Government of the Niger", "", "government", []string{"Government of the Niger"}},
				{"secretariat-of-the-international-peace-cooperation-headquarters", "Secretariat of the International Peace Cooperation Headquarters", "", "government-agency",
					[]string{"Secretariat of the International Peace Cooperation Headquarters"}},
				{"international-peace-cooperation-headquarters", "International Peace Cooperation Headquarters", "", "government-agency",
					[]string{"International Peace Cooperation Headquarters"}},
			},
		},
		{
			name: "government bodies and armed forces of the table",
			text: "Staff of the Cabinet Office and the National Police Agency joined members of the Japan Ground Self - Defense Force and the SDF.",
			want: []want{
				{"cabinet-office", "Cabinet Office", "", "government-agency", []string{"Cabinet Office"}},
				{"national-police-agency", "National Police Agency", "NPA", "government-agency", []string{"National Police Agency"}},
				{"ground-self-defense-force", "Ground Self-Defense Force", "GSDF", "military", []string{"Japan Ground Self - Defense Force"}},
				{"self-defense-forces", "Self-Defense Forces", "SDF", "military", []string{"SDF"}},
			},
		},
		{
			name: "a misspelt first word of a long name",
			text: "See the site of the Minstry of Foreign Affairs of Japan for details. The Minister of Foreign Affairs spoke.",
			want: []want{{"ministry-of-foreign-affairs", "Ministry of Foreign Affairs", "MOFA", "government-agency",
				[]string{"Minstry of Foreign Affairs of Japan"}}},
		},
		{
			name: "agreements and countries with a head word are not organizations; slashed acronyms",
			text: "Observers from the Russian Federation watched as the Government of Sudan and the Sudan People's Liberation Movement/Army (SPLM/A) signed the Comprehensive Peace Agreement (CPA).",
			want: []want{
				// the page writes no article: the name follows it, the id does not change
				{"government-of-the-sudan", "Government of Sudan", "", "government", []string{"Government of Sudan"}},
				{"sudan-peoples-liberation-movement-army", "Sudan People's Liberation Movement/Army", "SPLM/A", "military",
					[]string{"Sudan People's Liberation Movement/Army", "SPLM/A"}},
			},
		},
		{
			name: "a one-word name modifying a capitalized noun is not a mention",
			text: "The Chief Cabinet Secretary read the Cabinet Order, and the Cabinet approved it.",
			want: []want{{"cabinet", "Cabinet", "", "government", []string{"Cabinet"}}},
		},
		{
			name: "a bracketed qualifier belongs to the name of a party; a place, a language or an acronym does not",
			text: "The Workers Party of Ruritania (Marxist) split from the Workers Party of Ruritania, while the Sunrise Party (Japan) " +
				"and the Ruritania Liberation Front (French) stayed out.",
			want: []want{
				{"workers-party-of-ruritania-marxist", "Workers Party of Ruritania (Marxist)", "", "other", []string{"Workers Party of Ruritania (Marxist)"}},
				{"workers-party-of-ruritania", "Workers Party of Ruritania", "", "other", []string{"Workers Party of Ruritania"}},
				{"sunrise-party", "Sunrise Party", "", "other", []string{"Sunrise Party"}},
				{"ruritania-liberation-front", "Ruritania Liberation Front", "", "other", []string{"Ruritania Liberation Front"}},
			},
		},
		{
			name: "a qualifier before an acronym stays in the long form",
			text: "Leaders of the Workers Party of Ruritania (Marxist) ( WPR ) spoke, and the WPR agreed.",
			want: []want{{"workers-party-of-ruritania-marxist", "Workers Party of Ruritania (Marxist)", "WPR", "other",
				[]string{"Workers Party of Ruritania (Marxist)", "WPR", "WPR"}}},
		},
		{
			name: "an acronym from a name in another language",
			text: "The Government of Ruritania and the Ruritanian National Resistance ( RENARU ) signed, and RENARU disarmed. " +
				"The Civic Union ( ZZK ) did not.",
			want: []want{
				{"government-of-ruritania", "Government of Ruritania", "", "government", []string{"Government of Ruritania"}},
				{"ruritanian-national-resistance", "Ruritanian National Resistance", "RENARU", "other",
					[]string{"Ruritanian National Resistance", "RENARU", "RENARU"}},
				{"civic-union", "Civic Union", "", "other", []string{"Civic Union"}},
			},
		},
		{
			name: "an acronym in another order keeps the first name",
			text: "Rebels of the Fonseca Ruiz National Democratic Front ( FRDN ) met the Government of El Salvador and the Government of South Sudan.",
			want: []want{
				{"fonseca-ruiz-national-democratic-front", "Fonseca Ruiz National Democratic Front", "FRDN", "other",
					[]string{"Fonseca Ruiz National Democratic Front", "FRDN"}},
				{"government-of-el-salvador", "Government of El Salvador", "", "government", []string{"Government of El Salvador"}},
				{"government-of-south-sudan", "Government of South Sudan", "", "government", []string{"Government of South Sudan"}},
			},
		},
		{
			name: "Red Cross societies; Body heads a name only when defined with an acronym",
			text: "The Ruritanian Red Cross handed out tents. The Joint Election Body ( JEB ) met, and the Main Body of the unit arrived.",
			want: []want{
				{"ruritanian-red-cross", "Ruritanian Red Cross", "", "other", []string{"Ruritanian Red Cross"}},
				{"joint-election-body", "Joint Election Body", "JEB", "other", []string{"Joint Election Body", "JEB"}},
			},
		},
		{
			name: "relief, UN agency and regional bodies from the table",
			text: "After the cyclone a JDR Team and the Japanese Red Cross Society worked beside UNFPA staff, the Mine Action Service and AMISOM.",
			want: []want{
				{"japan-disaster-relief-team", "Japan Disaster Relief Team", "JDR", "government-agency", []string{"JDR Team"}},
				{"japanese-red-cross-society", "Japanese Red Cross Society", "JRCS", "other", []string{"Japanese Red Cross Society"}},
				{"united-nations-population-fund", "United Nations Population Fund", "UNFPA", "un-body", []string{"UNFPA"}},
				{"united-nations-mine-action-service", "United Nations Mine Action Service", "UNMAS", "un-body", []string{"Mine Action Service"}},
				{"african-union-mission-in-somalia", "African Union Mission in Somalia", "AMISOM", "other", []string{"AMISOM"}},
			},
		},
		{
			name: "Service and Directorate heads; a two-word Service is an activity",
			text: "After the memorial the Ruritania Police Service and the National Directorate of Flood Control met. A Memorial Service was held.",
			want: []want{
				{"ruritania-police-service", "Ruritania Police Service", "", "government-agency", []string{"Ruritania Police Service"}},
				{"national-directorate-of-flood-control", "National Directorate of Flood Control", "", "government-agency", []string{"National Directorate of Flood Control"}},
			},
			not: []string{"memorial-service"},
		},
		{
			name: "a ministry of two portfolios joined by and; not over a place or another body",
			text: "The Ruritanian Ministry of Public Health and Population wrote to the Ministry of Water and Syldavia Army, and the Ministry of Roads and Timor-Leste agreed.",
			want: []want{
				{"ruritanian-ministry-of-public-health-and-population", "Ruritanian Ministry of Public Health and Population", "", "government-agency",
					[]string{"Ruritanian Ministry of Public Health and Population"}},
				{"ministry-of-water", "Ministry of Water", "", "government-agency", []string{"Ministry of Water"}},
				{"syldavia-army", "Syldavia Army", "", "military", []string{"Syldavia Army"}},
				{"ministry-of-roads", "Ministry of Roads", "", "government-agency", []string{"Ministry of Roads"}},
			},
		},
		{
			name: "a known Japanese ministry qualified by another country is that country's",
			text: "The Liberian Ministry of Defense and the Foreign Ministry of Cambodia met the Japanese Ministry of Justice and the Ministry of Foreign Affairs of Japan.",
			want: []want{
				{"liberian-ministry-of-defense", "Liberian Ministry of Defense", "", "government-agency", []string{"Liberian Ministry of Defense"}},
				{"foreign-ministry-of-cambodia", "Foreign Ministry of Cambodia", "", "government-agency", []string{"Foreign Ministry of Cambodia"}},
				{"ministry-of-justice", "Ministry of Justice", "MOJ", "government-agency", []string{"Japanese Ministry of Justice"}},
				{"ministry-of-foreign-affairs", "Ministry of Foreign Affairs", "MOFA", "government-agency", []string{"Ministry of Foreign Affairs of Japan"}},
			},
		},
		{
			name: "a committee's topic after on, not a date; two words joined by and before a head",
			text: "The Joint Committee on Mine Clearance met the Water and Sanitation Board, and the Syldavian Council on Monday thanked the Harbour and Fisheries Commission.",
			want: []want{
				{"joint-committee-on-mine-clearance", "Joint Committee on Mine Clearance", "", "other", []string{"Joint Committee on Mine Clearance"}},
				{"water-and-sanitation-board", "Water and Sanitation Board", "", "other", []string{"Water and Sanitation Board"}},
				{"syldavian-council", "Syldavian Council", "", "other", []string{"Syldavian Council"}},
				{"harbour-and-fisheries-commission", "Harbour and Fisheries Commission", "", "other", []string{"Harbour and Fisheries Commission"}},
			},
		},
		{
			name: "no pairing over a country alone or without the",
			text: "The Japanese and Cambodian Police met, and officers told Smith and Harbour Police about it.",
			want: []want{
				{"cambodian-police", "Cambodian Police", "", "government-agency", []string{"Cambodian Police"}},
				{"harbour-police", "Harbour Police", "", "government-agency", []string{"Harbour Police"}},
			},
		},
		{
			name: "factions and aid groups named by acronym or short name alone",
			text: "The KPNLF and the Khmer Rouge argued while Oxfam and the SPLM watched.",
			want: []want{
				{"khmer-peoples-national-liberation-front", "Khmer People's National Liberation Front", "KPNLF", "other", []string{"KPNLF"}},
				{"khmer-rouge", "Khmer Rouge", "", "other", []string{"Khmer Rouge"}},
				{"oxfam", "Oxfam", "", "other", []string{"Oxfam"}},
				{"sudan-peoples-liberation-movement", "Sudan People's Liberation Movement", "SPLM", "other", []string{"SPLM"}},
			},
		},
		{
			name: "an embassy of a country, with its post after in",
			text: "Staff of the Embassy of Japan in Cambodia and the Embassy of Syldavia met. An embassy in Dili closed.",
			want: []want{
				{"embassy-of-japan-in-cambodia", "Embassy of Japan in Cambodia", "", "government-agency", []string{"Embassy of Japan in Cambodia"}},
				{"embassy-of-syldavia", "Embassy of Syldavia", "", "government-agency", []string{"Embassy of Syldavia"}},
			},
		},
		{
			name: "academy, board and division heads",
			text: "Cadets of the Syldavia Military Academy briefed the National Election Board and the Mission Support Division.",
			want: []want{
				{"syldavia-military-academy", "Syldavia Military Academy", "", "other", []string{"Syldavia Military Academy"}},
				{"national-election-board", "National Election Board", "", "other", []string{"National Election Board"}},
				{"mission-support-division", "Mission Support Division", "", "other", []string{"Mission Support Division"}},
			},
		},
		{
			name: "headings and role phrases are not organizations",
			text: "Deployment of Civilian Police\n\nCivilian Police Officers were sent. Transport Units\nThe Force Headquarters moved.",
			not:  []string{"civilian-police", "force", "transport-units"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyze(c.text)
			for _, o := range a.Res.Orgs {
				checkSpans(t, c.text, o.Mentions)
			}
			for _, w := range c.want {
				o := orgByID(a, w.id)
				if o == nil {
					t.Errorf("%s not found; got %+v", w.id, a.Res.Orgs)
					continue
				}
				if o.Name != w.name || o.Acronym != w.acronym || o.Category != w.category {
					t.Errorf("%s: got %q/%q/%q, want %q/%q/%q", w.id, o.Name, o.Acronym, o.Category, w.name, w.acronym, w.category)
				}
				got := mentionTexts(o.Mentions)
				if len(got) != len(w.mentions) {
					t.Errorf("%s mentions: got %q, want %q", w.id, got, w.mentions)
					continue
				}
				for i := range got {
					if got[i] != w.mentions[i] {
						t.Errorf("%s mentions: got %q, want %q", w.id, got, w.mentions)
						break
					}
				}
			}
			if c.want != nil && len(a.Res.Orgs) != len(c.want) {
				t.Errorf("got %d organizations, want %d: %+v", len(a.Res.Orgs), len(c.want), a.Res.Orgs)
			}
			for _, id := range c.not {
				if o := orgByID(a, id); o != nil {
					t.Errorf("found %s: %+v", id, *o)
				}
			}
		})
	}
}

// The same organization gets the same id, name and acronym in every document.
func TestOrgIDsStableAcrossDocuments(t *testing.T) {
	texts := []string{
		"The UN Disengagement Observer Force ( UNDOF ) was set up in 1974.",
		"Japan sent a unit to UNDOF.",
		"The United Nations Disengagement Observer Force monitors the line.",
	}
	for _, text := range texts {
		a := analyze(text)
		o := orgByID(a, "un.undof")
		if o == nil || o.Name != "United Nations Disengagement Observer Force" || o.Acronym != "UNDOF" {
			t.Errorf("%q: got %+v", text, a.Res.Orgs)
		}
	}
}

// The stages share read-only tables; run them concurrently under -race.
func TestNameStagesConcurrent(t *testing.T) {
	text := "The United Nations Mission in East Timor ( UNAMET ) opened an office in Dili, and the Indonesian government agreed."
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				a := analyze(text)
				if orgByID(a, "un.unamet") == nil || len(a.Res.Places) != 2 { // Dili, and Timor-Leste from the mission's name
					t.Errorf("got %+v %+v", a.Res.Orgs, a.Res.Places)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestOneEditApart(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"minstry", "ministry", true},   // a letter left out
		{"ministery", "ministry", true}, // a letter too many
		{"minestry", "ministry", true},  // a letter replaced
		{"minsitry", "ministry", true},  // neighbours swapped
		{"minister", "ministry", false}, // two edits
		{"ministry", "ministry", false},
	}
	for _, c := range cases {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// An acronym may be built from the first letters of each word of a name
// ("SAdc MIssion in Lesotho"), and a mission the registry does not list is
// an organization when its name is defined with an acronym; the ordinal of
// a military unit belongs to its name, not that of a meeting; a name
// repeated without its adjective of nationality is the same body.
func TestSyllabicAcronymsDefinedMissionsAndOrdinals(t *testing.T) {
	cases := []orgCase{
		{"The brigade relieved the SADC Mission in Lesotho ( SAMIL ) in May 1999.",
			map[string]string{"SADC Mission in Lesotho": "SAMIL"}, nil},
		{"In 2001 the Regional Assistance Force for Borneo (RAFBO) left.",
			map[string]string{"Regional Assistance Force for Borneo": "RAFBO"}, nil},
		{"A Joint Verification Mission (JVM) toured the north; the Mission met elders.",
			map[string]string{"Joint Verification Mission": "JVM"}, nil},
		{"A captain of the 4th Signal Regiment and the 2nd Brigade joined the 3rd Annual Assembly of Donors.",
			map[string]string{"4th Signal Regiment": "", "2nd Brigade": ""}, []string{"3rd Annual Assembly of Donors"}},
		{"The Haitian Provisional Electoral Council asked for help. Later the Provisional Electoral Council thanked donors.",
			map[string]string{"Haitian Provisional Electoral Council": ""}, []string{"Provisional Electoral Council"}},
		{"The Joint Monitoring Mission and Japan's Mission met; the Harbour Recovery Plan (HAREP) began.",
			nil, []string{"Joint Monitoring Mission", "Harbour Recovery Plan"}},
	}
	checkOrgCases(t, cases)
}

// A name defined with an acronym is a body whatever its head noun (Team,
// Group, a Mission with hyphenated modifiers, a lower-case "force", a
// foreign word), and the acronym's letters may be prefixes of its words,
// skip a small word or a hyphenated part, or carry a qualifier ("EUFOR
// Tchad/RCA"). Names headed by a document, an activity, a person or role,
// a place, a weapon or vehicle, a measure or an event are not bodies, nor
// are generic classes of bodies or persons named with a title.
func TestDefinedNamesAreBodiesUnlessSomethingElse(t *testing.T) {
	cases := []orgCase{
		// bodies headed by nouns that are no head alone
		{"Observers from twelve states joined the Combined Electoral Observer Group ( CEOG ) before the vote, and CEOG reported calm.",
			map[string]string{"Combined Electoral Observer Group": "CEOG"}, nil},
		{"Malaysian officers lead the Regional Ceasefire Monitoring Team (RCMT) in the south; the RCMT has 40 members.",
			map[string]string{"Regional Ceasefire Monitoring Team": "RCMT"}, nil},
		{"The Harbour Protection Panel (HPP) met twice.",
			map[string]string{"Harbour Protection Panel": "HPP"}, nil},
		// a definition opening a list line
		{"Who serves there:\n  Logistics Support Group for Maritime Escort (LSGME): some 90 personnel from the army.\n  Guards: 20.",
			map[string]string{"Logistics Support Group for Maritime Escort": "LSGME"}, nil},
		// hyphenated modifiers with a lower-case part, a letter from a word after "to"
		{"The Asian-backed Regional Stabilization Mission to Nauru ( ARSMNA ) handed over in 2015.",
			map[string]string{"Asian-backed Regional Stabilization Mission to Nauru": "ARSMNA"}, nil},
		{"Troops of the African-led International Support Mission to Mali ( AFISMA ) were re-hatted.",
			map[string]string{"African-led International Support Mission to Mali": "AFISMA"}, nil},
		{"In 2015 ARSMNA (Asian-backed Regional Stabilization Mission to Nauru) handed over to the police.",
			map[string]string{"Asian-backed Regional Stabilization Mission to Nauru": "ARSMNA"}, nil},
		// a lower-case head noun spelt by the acronym, and a qualified acronym
		{"The new component relieved the European Union force (EUFOR Tchad/RCA) in March.",
			map[string]string{"European Union Force Tchad/RCA": "EUFOR Tchad/RCA"}, []string{"European Union Force"}},
		{"The Nordic Union force (NUFOR Baltica) patrolled the coast; NUFOR Baltica left in May.",
			map[string]string{"Nordic Union Force Baltica": "NUFOR Baltica"}, nil},
		{"Later the European Union force (EUFOR) in Bosnia shrank.",
			map[string]string{"European Union Force": "EUFOR"}, nil},
		// a family's acronym, a tight hyphen and the letters or name of one of its kind
		{"The Combined Relief Command-Eastern Samar (CRC-ES) was set up in May.",
			map[string]string{"Combined Relief Command-Eastern Samar": "CRC-ES"}, []string{"Combined Relief Command"}},
		{"A Combined Relief Command (CRC-Samar) of about 900 was formed.",
			map[string]string{"Combined Relief Command-Samar": "CRC-Samar"}, []string{"Combined Relief Command"}},
		{"Officers of the Combined Relief Command (CRC - Samar) met.", nil, []string{"Combined Relief Command-Samar"}},
		// a post or a part of a body after its acronym is no qualifier
		{"Engineers of the United Nations Mission in South Sudan (UNMISS Juba) and of the Western Relief Group (WRG Team Site) met.",
			map[string]string{"United Nations Mission in the Republic of South Sudan": "UNMISS"},
			[]string{"UNMISS Juba", "WRG Team Site", "Western Relief Group Team Site"}},
		// documents, activities, roles, places, weapons, measures, events
		{"Both parties signed the Northern Corridor Peace Accord ( NCPA ) and the Status of Forces Agreement ( SOFA ) in May.",
			nil, []string{"Northern Corridor Peace Accord", "Status of Forces Agreement", "NCPA", "SOFA"}},
		{"The Disarmament, Demobilization and Reintegration ( DDR ) programme and Security Sector Reform (SSR) began; Quick Impact Project (QIP) funds followed.",
			nil, []string{"Disarmament, Demobilization and Reintegration", "Security Sector Reform", "Quick Impact Project"}},
		{"The Special Representative of the Secretary-General ( SRSG ) met the Force Commander (FC) and the Chief Military Observer (CMO).",
			nil, []string{"Special Representative of the Secretary-General", "Force Commander", "Chief Military Observer"}},
		{"Aid reached Internally Displaced Persons ( IDP ) near the Temporary Security Zone ( TSZ ) and the Forward Operating Base (FOB).",
			nil, []string{"Internally Displaced Persons", "Temporary Security Zone", "Forward Operating Base"}},
		{"An Improvised Explosive Device (IED) hit an Armoured Personnel Carrier (APC); Unmanned Aerial Vehicles (UAV) watched.",
			nil, []string{"Improvised Explosive Device", "Armoured Personnel Carrier", "Unmanned Aerial Vehicles"}},
		{"Gross Domestic Product (GDP) fell, and Coordinated Universal Time (UTC) was used; the Tokyo International Conference on African Development (TICAD) met.",
			nil, []string{"Gross Domestic Product", "Coordinated Universal Time", "Tokyo International Conference on African Development"}},
		// the acronym first, the long form in brackets
		{"The SOFA (Status of Forces Agreement) and the TDP (Transitional Demining Program) were signed in June.",
			nil, []string{"Status of Forces Agreement", "Transitional Demining Program", "SOFA", "TDP"}},
		// generic classes and persons
		{"Several Non-Governmental Organization (NGO) staff and General Romeo Dallaire (RD) spoke.",
			nil, []string{"Non-Governmental Organization", "Romeo Dallaire"}},
		{"The Secretary-General (SG) thanked Mr. Jan Kovac (JK) and the Terms of Reference (TOR) were agreed.",
			nil, []string{"Secretary-General", "Jan Kovac", "Terms of Reference"}},
		// a place in the complement does not make the name a place
		{"The Pacific Assistance Mission to Nauru Islands (PAMNI) left in 2010.",
			map[string]string{"Pacific Assistance Mission to Nauru Islands": "PAMNI"}, nil},
		{"The Gross National Income (GNI) grew; the Defense Attaché (DA) and the Rapid Deployment of Engineering Capabilities (RDEC) course began.",
			nil, []string{"Gross National Income", "Defense Attaché", "Rapid Deployment of Engineering Capabilities"}},
		// heads of bodies win over an activity in the complement
		{"The Directorate of Border Operations (DBO) briefed the Multinational Force and Observers (MFO).",
			map[string]string{"Directorate of Border Operations": "DBO", "Multinational Force and Observers": "MFO"}, nil},
		// a lower-case noun that is not a body's, and a description, are not read
		{"The UN peacekeeping force (UNPF) grew; the european union plan (EUP) failed.",
			nil, []string{"UN peacekeeping force", "European Union Plan", "UNPF", "EUP"}},
	}
	checkOrgCases(t, cases)
}

// orgCase is a text with the organizations (name -> acronym) that must be
// found in it and the names or acronyms that must not.
type orgCase struct {
	text string
	want map[string]string // name -> acronym
	not  []string          // names or acronyms
}

func checkOrgCases(t *testing.T, cases []orgCase) {
	t.Helper()
	for _, c := range cases {
		a := analyze(c.text)
		got := map[string]string{}
		for _, o := range a.Res.Orgs {
			got[o.Name] = o.Acronym
			checkSpans(t, c.text, o.Mentions)
		}
		for name, acr := range c.want {
			if g, ok := got[name]; !ok || g != acr {
				t.Errorf("%q: want %s (%s), got %v", c.text, name, acr, got)
			}
		}
		for _, name := range c.not {
			for n, acr := range got {
				if n == name || acr == name {
					t.Errorf("%q: %s must not be an organization (got %v)", c.text, name, got)
				}
			}
		}
	}
}

// Parties to peace processes are known by their usual names, acronyms and
// names in their own language.
func TestPartiesToPeaceProcesses(t *testing.T) {
	cases := []struct{ text, id, acronym string }{
		{"Talks between Morocco and the Frente POLISARIO stalled.", "frente-polisario", "POLISARIO"},
		{"The Polisario Front rejected the plan.", "frente-polisario", "POLISARIO"},
		{"In 1992 FRELIMO and Renamo signed a peace accord in Rome.", "mozambique-liberation-front", "FRELIMO"},
		{"In 1992 FRELIMO and Renamo signed a peace accord in Rome.", "mozambican-national-resistance", "RENAMO"},
		{"SWAPO won the 1989 elections supervised by UNTAG.", "south-west-africa-peoples-organization", "SWAPO"},
		{"Fighting between the Sudan Liberation Army and the Justice and Equality Movement resumed.", "justice-and-equality-movement", "JEM"},
		{"The Moro National Liberation Front signed in 1996.", "moro-national-liberation-front", "MNLF"},
		{"UNIFIL reported that Hezbollah fired across the Blue Line.", "hezbollah", ""},
	}
	for _, c := range cases {
		a := analyze(c.text)
		o := orgByID(a, c.id)
		if o == nil {
			t.Errorf("%q: %s not found (got %v)", c.text, c.id, a.Res.Orgs)
			continue
		}
		if o.Acronym != c.acronym {
			t.Errorf("%q: %s acronym %q, want %q", c.text, c.id, o.Acronym, c.acronym)
		}
		checkSpans(t, c.text, o.Mentions)
	}
}

// Bodies whose names have no head noun of a body, or a French acronym, are
// known from the table; a staff office is Japan's military.
func TestOrgsWithoutHeadNouns(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"Two advisers from Elections Canada joined the team, with officers of the Joint Staff.",
			map[string]string{"Elections Canada": "", "Joint Staff": ""}, []string{"Canada"}},
		{"In 2007 the mission gave way to the United Nations Integrated Office in Sierra Leone (UNIOSIL), and later BINUB opened in Bujumbura.",
			map[string]string{"United Nations Integrated Office in Sierra Leone": "UNIOSIL", "United Nations Integrated Office in Burundi": "BINUB"},
			[]string{"Integrated Office", "United Nations"}},
	})
}

// An agreement between a government and a movement defined with its own
// language's acronym: the acronym is the movement's, not a long form that
// starts at the government.
func TestAcronymOfTheSecondParty(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"Monitors watched the truce between the Government of Indonesia and the Free Aceh Movement (GAM) for a year.",
			map[string]string{"Government of Indonesia": "", "Free Aceh Movement": "GAM"}, nil},
		{"The accord between the Government of Nepal and the Free Ostland Movement (GOM) held.",
			map[string]string{"Government of Nepal": ""}, []string{"Government of Nepal and the Free Ostland Movement"}},
		// a government's own acronym stays its own
		{"The Government of National Unity (GNU) was formed in 2005.",
			map[string]string{"Government of National Unity": "GNU"}, nil},
	})
}

// A long form may list a body's tasks with commas; the acronym's letters
// decide where it starts, so a list before the name stays out.
func TestAcronymLongFormWithList(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"Ex-fighters registered with the National Commission for Demobilization, Resettlement and Reintegration (NCDRR) in 2004.",
			map[string]string{"National Commission for Demobilization, Resettlement and Reintegration": "NCDRR"}, []string{"Reintegration"}},
		{"Troops from Ghana, Nigeria and Senegal joined the West African Truce Observer Group (WATOG).",
			map[string]string{"West African Truce Observer Group": "WATOG"}, []string{"Ghana, Nigeria and Senegal"}},
		// a list of names with no body's head word is no organization
		{"Troops from Ghana, Nigeria and Senegal (GNS) came, with Disarmament, Demobilization and Reintegration (DDR) advisers.",
			map[string]string{}, []string{"GNS", "DDR", "Ghana, Nigeria and Senegal"}},
		// a comma that ends a clause is not inside a name
		{"In Abidjan, the Disarmament Office (DO) opened.",
			map[string]string{}, []string{"In Abidjan, the Disarmament Office"}},
	})
}

// UN electoral-observation and special political missions whose acronyms
// come from another language or skip words of the English name.
func TestUNPoliticalMissionsTable(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"Observers of ONUVEH watched the 1990 vote, and MINUCI preceded the peacekeeping operation.",
			map[string]string{"United Nations Observer Group for the Verification of the Elections in Haiti": "ONUVEH",
				"United Nations Mission in Côte d'Ivoire": "MINUCI"}, nil},
		{"The UN Mission to support the Hodeidah Agreement (UNMHA) opened in 2019.",
			map[string]string{"United Nations Mission to support the Hodeidah Agreement": "UNMHA"}, nil},
	})
}
