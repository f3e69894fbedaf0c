"""The hand-kept part of the party gazetteer: what the country data package lacks.

Country names, official names, ISO codes, capitals and demonyms come from the
`countryinfo` package (see `claimtrack.parties`). This module holds only what
that data does not know: which states are UN members and observers, the names
news writers actually use, the institutions that speak for a government, the
international organisations, and the phrases that look like a party but are
not one.

Every alias is matched against text with the case it is written in here:
a word written in capitals ("US", "DPRK", "DoD") must appear exactly so, a
capitalised word ("Pentagon") must be capitalised, and a lower-case word ("of",
"the") may have any case.
"""

from __future__ import annotations

# fmt: off


def _codes(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The 193 UN member states, as ISO 3166-1 alpha-3 codes.
UN_MEMBERS = _codes("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""")

# UN observer states, and Taiwan, which is no member but speaks often in the news.
OBSERVERS = ("VAT", "PSE", "TWN")

# Common English names where the country data uses an older or official one.
COMMON_NAMES: dict[str, str] = {
    "BHS": "Bahamas",
    "GMB": "Gambia",
    "COG": "Republic of the Congo",
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
    "MKD": "North Macedonia",
    "MMR": "Myanmar",
    "PSE": "Palestine",
    "SWZ": "Eswatini",
    "VAT": "Holy See",
}

# ISO alpha-3 codes are never aliases: news writes them rarely, and far more
# often means something else by them ("BGR" the tech site, "CAN", "ARM").
# Alpha-2 codes neither: most are US state abbreviations or words ("IN",
# "IT", "PA"). The short forms news does use are listed by hand below.

# Alternative spellings in the country data that are ordinary words, names of
# other things ("Nippon Steel", "Credit Suisse") or shared by two states.
NOT_ALIASES = frozenset((
    "Congo", "Dominique", "Island", "Mann", "Nihon", "Nippon", "Palestine, State of", "Suisse",
    "Viti", "Wales", "the State of Palestine",
))

# Capitals that are also common first names, surnames or other cities
# ("Victoria", "Georgetown" in Washington, "San Jose" in California).
# Jerusalem is Israel's seat of government and is listed by hand below.
NOT_CAPITALS = frozenset((
    "Castries", "City of Victoria", "Georgetown", "Hamilton", "Jerusalem", "Kingston", "Lobamba",
    "Male", "Malé", "Moroni", "Roseau", "Saint John's", "San José", "Santiago", "Sucre",
    "Vatican City State", "Victoria", "Washington D.C.",
))

# Capitalised words one edit away from a name ("Pairs", "Erie", "Columbia"):
# never taken for a misspelling.
NOT_TYPOS = frozenset(("pairs", "erie", "bren", "sapin", "prais", "paria", "columbia"))

# Names that are also everyday lower-case words ("turkey", "china", "polish").
# A speaker written all in lower case names a party only through other words.
LOWER_CASE_WORDS = frozenset((
    "turkey", "chad", "china", "chile", "guinea", "jordan", "georgia", "japan", "panama",
    "india", "polish", "french", "swiss", "danish", "dutch", "turkish", "greek", "congress",
    "treasury", "amnesty", "sino", "duma",
))

# Names, short forms, capitals, demonyms and institutions per country, written
# by hand where the country data lacks them. Demonyms matter for titles
# ("Russian Foreign Minister Sergey Lavrov"); institutions speak for the
# government ("the Kremlin said"). Generic bodies that every state has
# ("Foreign Ministry", "Joint Chiefs of Staff", "presidential office",
# "National Assembly", "MOFA") are deliberately absent: the country named with
# them ("Beijing's foreign ministry", "South Korea's Joint Chiefs of Staff")
# decides. News agencies (Yonhap, Xinhua, TASS, Kyodo) are outlets, not
# parties; KCNA and Rodong Sinmun are kept because they publish the North
# Korean state's own statements.
# Members of Congress, as US news titles them ("Rep. Duncan Hunter"): the
# title alone is the United States, but a nationality word directly before it
# names the legislator's own state ("South Korean Rep. Kim Byung-joo"); see
# `claimtrack.parties`.
LEGISLATOR_TITLES = ("Rep.", "Sen.", "Congressman", "Congresswoman")

# Offices a US state has of its own, under the federal office's name: with the
# state's name directly before ("Massachusetts Secretary of State William
# Galvin", "the Texas Department of Homeland Security") they are the state's,
# not the United States'; see `claimtrack.parties`. Washington is left out:
# its name is also the federal capital's. `countryinfo` lists the states too,
# as the United States' provinces, but loading it is what the country cache of
# `claimtrack.parties` spares every run, so the fifty names are kept here.
STATE_LEVEL_OFFICES = (
    "Secretary of State", "Department of Justice", "Justice Department",
    "Department of Homeland Security", "Homeland Security", "Treasury",
    "Treasury Department", "Department of the Treasury", "Department of State",
)
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
)

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "United States": (
        "US", "U.S.", "USA", "U.S.A.", "America", "Washington", "Washington, D.C.", "White House",
        "Oval Office", "State Department", "Department of State", "Foggy Bottom", "Pentagon",
        "Department of Defense", "Defense Department", "DoD", "Secretary of Defense",
        "Defense Secretary", "Treasury Department", "Department of the Treasury", "Treasury",
        "Congress", "Capitol Hill", "Justice Department", "Department of Justice",
        "Department of Homeland Security", "Homeland Security", "CIA", "FBI", "Secretary of State",
        "USAID", "National Security Council", "US Forces Korea", "USFK", "DHS", "NASA", "NSA",
        "Central Command", "CENTCOM", "CentCom", "Centcom", "Secret Service",
        "Obama administration", "National Counterterrorism Center", "NCTC", "Border Patrol",
        "Customs and Border Protection", "CBP", "Immigration and Customs Enforcement",
        "Director of National Intelligence",
        *LEGISLATOR_TITLES,
    ),
    "Russia": ("Kremlin", "State Duma", "Duma", "Federation Council", "FSB", "Russians"),
    "China": (
        "PRC", "P.R.C.", "Sino", "Zhongnanhai", "State Council", "National People's Congress",
        "Communist Party of China", "Chinese Communist Party", "CCP", "CPC",
        "People's Liberation Army", "PLA", "Taiwan Affairs Office", "Peking",
    ),
    "North Korea": (
        "DPRK", "D.P.R.K.", "N. Korea", "N Korea", "NK", "North Koreans", "KCNA",
        "Korean Central News Agency", "Rodong Sinmun", "Workers' Party of Korea",
        "Korean People's Army", "KPA", "Supreme People's Assembly",
    ),
    "South Korea": (
        "ROK", "R.O.K.", "S. Korea", "S Korea", "Republic of Korea", "South Koreans", "Blue House",
        "Cheong Wa Dae", "Unification Ministry", "Ministry of Unification",
        "National Intelligence Service",
    ),
    "Japan": ("Kantei", "Chief Cabinet Secretary", "Self-Defense Forces", "Gaimusho"),
    "Ukraine": ("Kyiv", "Kiev", "Verkhovna Rada", "SBU", "Ukrainians", "Bankova"),
    "Iran": (
        "Teheran", "IRGC", "Revolutionary Guards", "Islamic Revolutionary Guard Corps", "Persia",
    ),
    "Israel": (
        "Jerusalem", "Knesset", "IDF", "Israel Defense Forces", "Mossad", "Shin Bet", "Israelis",
    ),
    "United Kingdom": (
        "UK", "U.K.", "Britain", "Great Britain", "Northern Ireland", "Downing Street", "Whitehall",
        "Westminster", "Foreign Office", "FCDO", "Foreign Secretary", "Home Office",
        "Home Secretary", "HM Treasury", "MI5", "MI6", "Defence Secretary", "No 10", "No. 10",
        "Number 10",
    ),
    "France": ("Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay", "Matignon"),
    "Germany": ("Bundestag", "Bundeswehr", "Bundesrat"),
    "Italy": ("Palazzo Chigi", "Farnesina"),
    "India": (
        "Ministry of External Affairs", "MEA", "Lok Sabha", "Rajya Sabha", "South Block",
        "New Delhi", "Delhi",
    ),
    "Canada": ("Parliament Hill", "Global Affairs Canada", "Rideau Hall"),
    "Australia": ("Department of Foreign Affairs and Trade", "DFAT"),
    "Brazil": ("Itamaraty", "Planalto", "Brasilia"),
    "Argentina": ("Casa Rosada", "Argentine", "Argentinian"),
    "Mexico": ("Los Pinos",),
    "Indonesia": (),
    "Saudi Arabia": ("Saudi", "Saudis", "KSA"),
    "South Africa": ("Union Buildings", "DIRCO", "RSA"),
    "Turkey": ("Türkiye", "Turkiye"),
    "Kazakhstan": ("Astana", "Kazakh"),
    "Kyrgyzstan": ("Kyrgyz",),
    "Tajikistan": ("Tajik",),
    "Uzbekistan": ("Uzbek",),
    "Eswatini": ("Mbabane",),
    "Yemen": ("Sanaa",),
    "Philippines": ("Philippine", "Malacañang", "Malacanang"),
    "United Arab Emirates": ("UAE", "U.A.E.", "Emirates"),
    "Democratic Republic of the Congo": ("DRC", "D.R.C.", "DR Congo"),
    "Czech Republic": ("Czechia",),
    "Iceland": ("Icelandic",),
    "Azerbaijan": ("Azeri",),
    "Nepal": ("Nepali",),
    "Laos": ("Lao",),
    "Bosnia and Herzegovina": ("Bosnia",),
    "Netherlands": ("The Hague",),
    "Holy See": ("Vatican", "Vatican City", "the Pope", "Pope Francis", "Pope Leo"),
    "Palestine": ("Palestinian Authority", "Palestinians", "Ramallah"),
    "Taiwan": ("Taipei", "Republic of China", "ROC"),
    "Dominican Republic": ("Dominican",),
    "New Zealand": ("NZ",),
}

# Nationality words written by hand above (the country data has the rest).
# Before a private person they name no state ("an Argentine historian"); see
# `claimtrack.parties`.
DEMONYMS = frozenset((
    "Argentine", "Argentinian", "Saudi", "Philippine", "Kazakh", "Kyrgyz", "Tajik", "Uzbek",
    "Icelandic", "Azeri", "Nepali", "Lao", "Dominican", "Kosovar", "Kosovan", "Sino",
))

# Words after a nationality that make a phrase a state's voice: its
# government, forces, officials and diplomats ("Russian Foreign Minister",
# "Cuban officials", "a Ukrainian MP", "Nigerian troops"). A nationality
# before any other word is a private person's ("a Russian fisherman",
# "British media reports").
STATE_VOICE_WORDS = _words(
    """
    official officials government governments govt regime authorities administration
    minister ministers ministry ministries president presidency presidential premier prime
    chancellor king queen monarch emir leader leaders leadership military army navy forces
    force troops soldier soldiers commander commanders general generals defense defence
    foreign interior security intelligence agency agencies embassy embassies consulate
    ambassador ambassadors diplomat diplomats envoy envoys counterpart counterparts mission
    delegation negotiator negotiators spokesman spokeswoman spokesperson spokespeople state
    parliament parliamentary lawmaker lawmakers legislator legislators mp mps senator
    senators congressman deputy deputies cabinet prosecutor prosecutors police coast guard pm
    guards border marshal officer officers aide aides adviser advisers advisor advisors
    secretary department air staff
    """
)

# Short names of states written by hand above: a headline opening "U.S.: ..."
# or "UK: ..." names where the story happens, not who speaks.
PLACE_FORMS = frozenset((
    "US", "U.S.", "USA", "U.S.A.", "America", "UK", "U.K.", "Britain", "Great Britain", "UAE",
    "U.A.E.", "DPRK", "D.P.R.K.", "ROK", "R.O.K.", "PRC", "P.R.C.", "N. Korea", "S. Korea", "NK",
    "DRC", "D.R.C.", "DR Congo", "KSA", "RSA", "NZ", "Czechia", "Türkiye", "Turkiye",
))

# States that the country data lacks entirely.
EXTRA_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Kosovo": ("Republic of Kosovo", "Pristina", "Kosovar", "Kosovan"),
}

# International organisations and other non-state parties, by the name news
# uses most, with their aliases. UN programmes and funds speak as the UN.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "United Nations": (
        "UN", "U.N.", "United Nations Organization", "UN Security Council", "U.N. Security Council",
        "Security Council", "UNSC", "UN General Assembly", "U.N. General Assembly",
        "UN Secretary-General", "UN Human Rights Council", "UNHCR", "UNICEF", "UNESCO", "UNRWA",
        "UNDP", "OCHA", "OHCHR", "WFP", "World Food Programme", "Turtle Bay",
    ),
    "NATO": ("Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    "European Union": (
        "EU", "E.U.", "European Commission", "European Council", "Council of the EU",
        "Council of the European Union", "European Parliament", "European Central Bank", "ECB",
        "Brussels", "Berlaymont",
    ),
    "IAEA": ("International Atomic Energy Agency",),
    "World Health Organization": ("WHO", "World Health Organisation"),
    "IMF": ("International Monetary Fund",),
    "World Bank": (),
    "WTO": ("World Trade Organization", "World Trade Organisation"),
    "G7": ("G-7", "Group of Seven", "Group of 7"),
    "G20": ("G-20", "Group of 20", "Group of Twenty"),
    "ASEAN": ("Association of Southeast Asian Nations", "Asean"),
    "African Union": ("AU",),
    "OPEC": ("Organization of the Petroleum Exporting Countries", "OPEC+"),
    "International Criminal Court": ("ICC",),
    "International Court of Justice": ("ICJ", "World Court"),
    "Red Cross": ("International Committee of the Red Cross", "ICRC"),
    "OSCE": (
        "Organization for Security and Co-operation in Europe",
        "Organization for Security and Cooperation in Europe",
    ),
    "Arab League": ("League of Arab States",),
    "Gulf Cooperation Council": ("GCC",),
    "Interpol": ("INTERPOL",),
    "OECD": (
        "Organisation for Economic Co-operation and Development",
        "Organization for Economic Cooperation and Development",
    ),
    "BRICS": (),
    "Shanghai Cooperation Organisation": ("Shanghai Cooperation Organization", "SCO"),
    "Organization of American States": ("OAS",),
    "ECOWAS": ("Economic Community of West African States",),
    "Amnesty International": ("Amnesty",),
    "Human Rights Watch": ("HRW",),
    "Doctors Without Borders": ("Médecins Sans Frontières", "MSF"),
    "Hamas": (),
    "Hezbollah": (),
    "Houthis": ("Houthi", "Ansar Allah"),
    "Taliban": (),
    "Islamic State": (
        "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
        "Islamic State of Iraq and the Levant", "Islamic State group",
    ),
    "Boko Haram": (),
    "al-Qaeda": ("al-Qaida", "Al Qaeda", "al Qaeda", "Al-Qaeda", "Al-Qaida"),
    "al-Shabab": ("al-Shabaab", "Al-Shabaab", "Al Shabaab"),
    "Kurdistan Regional Government": ("KRG",),
    "People's Protection Units": ("YPG",),
    "FIFA": (),
    "Metropolitan Police": ("Scotland Yard", "Met Police", "London Metropolitan Police", "Met"),
    "International Olympic Committee": ("IOC",),
}

# Outlets whose names carry no outlet word ("Times", "News", "Post"): wire
# agencies, broadcasters and large sites. An outlet speaking in its own voice
# ("Reuters reported", "according to CNN") is a party of kind media; the ones
# whose names end in an outlet word are recognised by that word (see
# `claimtrack.entities`).
MEDIA: dict[str, tuple[str, ...]] = {
    "Reuters": (), "Associated Press": ("AP",), "Agence France-Presse": ("AFP",),
    "Bloomberg": (), "CNN": (), "BBC": ("British Broadcasting Corporation",), "NBC": (),
    "CBS": (), "ABC": (), "MSNBC": (), "CNBC": (), "NPR": (), "PBS": (), "Fox News": (),
    "Al Jazeera": ("Al-Jazeera", "al-Jazeera", "Aljazeera"),
    "Al Arabiya": ("Al-Arabiya", "al-Arabiya"), "Yonhap": (), "Xinhua": (), "TASS": (),
    "RIA Novosti": (), "Interfax": (), "Kyodo": (), "NHK": (), "Sky News": (), "ITV": (),
    "RT": (), "Sputnik": (), "Anadolu": (), "Variety": (), "TMZ": (),
    "CBC": ("Canadian Broadcasting Corporation",),
    "BuzzFeed": (), "Vox": (), "Politico": (), "Axios": (),
    "Mashable": (), "Gizmodo": (), "TechCrunch": (), "The Verge": (),
    "Engadget": (), "CNET": (), "BGR": (), "Breitbart": (), "HuffPost": ("Huffington Post",),
    "Vanity Fair": (), "Rolling Stone": (), "Billboard": (), "Forbes": (),
    "Newsweek": (), "Le Monde": (), "Le Figaro": (), "Der Spiegel": ("Spiegel",),
    "Bild": (), "El Pais": ("El País",), "Haaretz": (), "Corriere della Sera": (),
    "The Hollywood Reporter": ("THR",), "Daily Mail": ("Mail Online", "MailOnline"),
    "Daily Mirror": ("The Mirror", "Mirror"),
    "TheWrap": (), "E! News": (),
}
MEDIA_NAMES: dict[str, str] = {
    alias: name for name, aliases in MEDIA.items() for alias in (name, *aliases)
}

# Phrases that contain a party's name but do not stand for it: places, outlets,
# other organisations. They are matched like aliases (longest match first) and
# then yield no party.
NOT_PARTIES = (
    "African American", "African Americans", "Asian American", "Asian Americans",
    "Arab American", "Arab Americans", "USA Today",
    "New Mexico", "New Mexican", "Indian Ocean", "American Samoa", "American Indian",
    "American Indians", "Native American", "Native Americans", "Latin America", "Latin American",
    "South America", "South American", "North America", "North American", "Central America",
    "Central American", "Voice of America", "Bank of America", "Washington Post",
    "Washington Times", "Washington Examiner", "Washington state", "State of Washington",
    "University of Washington", "George Washington", "Georgia Tech", "University of Georgia",
    "New Guinea", "Korean Peninsula", "Congo", "Guinea pig", "Jordan River", "Turkish delight",
    "French fries", "Hong Kong", "Macau", "Macao", "Puerto Rico", "Greenland", "New England",
    "New Jersey", "Panama City", "Nippon Steel", "Air China", "China Daily", "Japan Times",
    "Korea Times", "Korea Herald", "Hindustan Times", "Times of India", "Jerusalem Post",
    "Kyiv Independent", "Kyiv Post", "Moscow Times", "Tehran Times", "Congress party",
    "National Congress", "Met Office", "Met Gala", "Met Opera",
)

# fmt: on
