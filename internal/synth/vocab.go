package synth

// The vocabulary of the generator. Facts (mission names, acronyms, hosts,
// towns) are public knowledge; every sentence frame in templates.go is
// written for this generator.

type mission struct {
	acr, name, host string
	places          []string
	from, to        int // years of operation, for plausible dates
}

var missions = []mission{
	{"UNMIT", "United Nations Integrated Mission in Timor-Leste", "Timor-Leste", []string{"Dili", "Baucau", "Suai", "Maliana"}, 2006, 2012},
	{"UNDOF", "United Nations Disengagement Observer Force", "the Golan Heights", []string{"Camp Faouar", "Camp Ziouani", "Damascus", "Quneitra"}, 1974, 2013},
	{"UNTAC", "United Nations Transitional Authority in Cambodia", "Cambodia", []string{"Phnom Penh", "Takeo", "Kampot", "Battambang"}, 1992, 1993},
	{"MINUSTAH", "United Nations Stabilization Mission in Haiti", "Haiti", []string{"Port-au-Prince", "Léogâne", "Gonaïves", "Jacmel"}, 2004, 2017},
	{"UNMISS", "United Nations Mission in the Republic of South Sudan", "South Sudan", []string{"Juba", "Malakal", "Bor", "Wau"}, 2011, 2024},
	{"UNAVEM II", "United Nations Angola Verification Mission II", "Angola", []string{"Luanda", "Huambo", "Benguela"}, 1991, 1995},
	{"ONUMOZ", "United Nations Operation in Mozambique", "Mozambique", []string{"Maputo", "Beira", "Nampula"}, 1992, 1994},
	{"UNMIN", "United Nations Mission in Nepal", "Nepal", []string{"Kathmandu", "Pokhara", "Nepalgunj"}, 2007, 2011},
	{"UNAMET", "United Nations Mission in East Timor", "East Timor", []string{"Dili", "Ermera", "Liquiçá"}, 1999, 1999},
	{"UNIFIL", "United Nations Interim Force in Lebanon", "Lebanon", []string{"Naqoura", "Tyre", "Marjayoun"}, 1978, 2024},
	{"UNMIL", "United Nations Mission in Liberia", "Liberia", []string{"Monrovia", "Gbarnga", "Zwedru"}, 2003, 2018},
	{"UNOCI", "United Nations Operation in Côte d'Ivoire", "Côte d'Ivoire", []string{"Abidjan", "Bouaké", "Yamoussoukro"}, 2004, 2017},
	{"UNFICYP", "United Nations Peacekeeping Force in Cyprus", "Cyprus", []string{"Nicosia", "Famagusta", "Larnaca"}, 1964, 2024},
	{"MINURSO", "United Nations Mission for the Referendum in Western Sahara", "Western Sahara", []string{"Laayoune", "Tifariti", "Smara"}, 1991, 2024},
	{"UNMEE", "United Nations Mission in Ethiopia and Eritrea", "Eritrea", []string{"Asmara", "Addis Ababa", "Barentu"}, 2000, 2008},
	{"ONUSAL", "United Nations Observer Mission in El Salvador", "El Salvador", []string{"San Salvador", "San Miguel", "Santa Ana"}, 1991, 1995},
	{"UNAMA", "United Nations Assistance Mission in Afghanistan", "Afghanistan", []string{"Kabul", "Herat", "Mazar-i-Sharif"}, 2002, 2024},
	{"MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "the Democratic Republic of the Congo", []string{"Goma", "Bunia", "Kinshasa", "Beni"}, 2010, 2024},
	{"UNAMID", "African Union-United Nations Hybrid Operation in Darfur", "Sudan", []string{"El Fasher", "Nyala", "Zalingei"}, 2007, 2020},
	{"UNMOGIP", "United Nations Military Observer Group in India and Pakistan", "Jammu and Kashmir", []string{"Srinagar", "Islamabad", "Rawalpindi"}, 1949, 2024},
}

var contributors = []string{
	"Japan", "Canada", "Norway", "Brazil", "Ghana", "India", "Nepal", "Ireland", "Fiji", "Uruguay",
	"the Republic of Korea", "Germany", "Kenya", "Bangladesh", "Indonesia", "Sweden", "Argentina",
	"Malaysia", "Austria", "Finland", "Poland", "Australia", "New Zealand", "Portugal", "Senegal",
}

// role is a role as a text would name it: singular and plural forms.
type role struct{ one, many string }

var roles = []role{
	{"civilian police officer", "civilian police officers"},
	{"military observer", "military observers"},
	{"staff officer", "staff officers"},
	{"liaison and coordination officer", "liaison and coordination officers"},
	{"member of the coordination and liaison personnel", "coordination and liaison personnel"},
	{"cease-fire monitor", "cease-fire monitors"},
	{"election observer", "election observers"},
	{"military liaison officer", "military liaison officers"},
	{"headquarters staff officer", "headquarters staff officers"},
	{"engineer", "engineers"},
	{"medical officer", "medical officers"},
	{"SDF member", "SDF personnel"},
	{"police adviser", "police advisers"},
}

// units are groups of people: "an engineering unit of 400".
var units = []string{
	"engineering unit", "transport unit", "medical team", "logistics support unit",
	"field hospital team", "signals company", "construction platoon",
}

var agencies = []string{
	"the Ministry of Foreign Affairs", "the Ministry of Defense", "the Cabinet Office",
	"the International Peace Cooperation Headquarters", "the Office of the United Nations High Commissioner for Refugees (UNHCR)",
	"the World Food Programme (WFP)", "the Ground Self-Defense Force", "the National Police Agency",
	"the United Nations Development Programme (UNDP)", "the Security Council", "the African Union",
	"the Japan International Cooperation Agency (JICA)", "the Department of Peacekeeping Operations",
}

var officials = []string{
	"the Minister for Foreign Affairs", "the Parliamentary Vice-Minister for Defense",
	"the Chief Cabinet Secretary", "the Special Representative of the Secretary-General",
	"the Force Commander", "the Chief Military Observer", "the Police Commissioner",
	"the Deputy Head of Mission", "the Ambassador",
}

var tasks = []string{
	"monitoring the cease-fire line", "supervising the cantonment of former combatants",
	"escorting humanitarian convoys", "repairing roads and bridges", "training the national police",
	"observing the voter registration", "transporting food and fuel to the outposts",
	"providing medical care to local residents", "clearing drainage channels before the rainy season",
	"coordinating with the host government", "supporting the headquarters' planning section",
	"inspecting weapons storage sites", "patrolling the buffer zone",
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var monthAbbr = []string{"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

var weekdays = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

var ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
