//! Help texts in plain Dutch (B1), written from the method "Van Kijken naar Zien".
//! The questions themselves live in `thema.rs` in the method's own words; this file explains them.

use super::thema::ThemaId;

/// Why a theme question matters, with short examples from the source's interactions.
pub struct ThemaUitleg {
    /// "Waarom belangrijk?": a few sentences, plain language.
    pub waarom: &'static str,
    /// What to look for while watching the recording.
    pub kijkvraag: &'static str,
    /// Short retellings of what happened in the source's interactions.
    pub voorbeelden: &'static [Voorbeeld],
}

/// One illustrative interaction from the source.
pub struct Voorbeeld {
    /// Number of the interaction in the source (1–13).
    pub interactie: u8,
    pub tekst: &'static str,
}

/// The help for one theme question.
pub fn thema(id: ThemaId) -> &'static ThemaUitleg {
    match id {
        ThemaId::Emotie => &EMOTIE,
        ThemaId::Weerstand => &WEERSTAND,
        ThemaId::Feedback => &FEEDBACK,
        ThemaId::Resultaten => &RESULTATEN,
        ThemaId::Echtheid => &ECHTHEID,
        ThemaId::Beleving => &BELEVING,
        ThemaId::DoelHelder => &DOEL_HELDER,
        ThemaId::Agenda => &AGENDA,
        ThemaId::Metacommunicatie => &METACOMMUNICATIE,
        ThemaId::Beurten => &BEURTEN,
        ThemaId::Interventielogica => &INTERVENTIELOGICA,
    }
}

/// Lens while watching: what the conversation was about on the surface, and underneath (Interactie 1).
pub const WATERLIJN: &str = "Boven de waterlijn gaat een gesprek over wat je hoort en ziet: de \
    inhoud, bijvoorbeeld of je wel of niet samen een rapport leest. Onder de waterlijn gaat het over \
    wat niet hardop gezegd wordt, zoals begrepen willen worden, angst of boosheid. Vraag je bij het \
    terugkijken af waar het gesprek boven en onder de waterlijn over ging, bij de cliënt én bij jezelf.";

/// Lens while watching: the levels a conversation can be held on.
pub const GESPREKSNIVEAUS: &str = "Je kunt een gesprek op verschillende niveaus voeren: over feiten \
    (wat is er gebeurd?) en over beleving (hoe was dat voor je?). Wat uitgebreider onderscheid je \
    inhoud (waar gaat het over?), procedure (hoe pakken we het aan?), interactie (hoe gaan we met \
    elkaar om?) en gevoel (wat doet het met ons?). Let bij het terugkijken op welk niveau het gesprek \
    vooral blijft hangen, en wanneer een ander niveau had kunnen helpen.";

/// Why ask the client for feedback on the conversation.
pub const FEEDBACK_UITLEG: &str = "Veel van wat er in een cliënt omgaat, zie je niet op de video: \
    het gebeurt van binnen. Vraag het daarom aan de cliënt zelf, met twee vragen: begrijpen we elkaar \
    beter (de werkrelatie), en komen we dichter bij het doel? Zo merkt de cliënt dat het om zijn eigen \
    traject gaat, en gaat hij zich er eigenaar van voelen.";

/// SLIM in plain words.
pub const SLIM_UITLEG: &str = "SLIM staat voor Subjectief Logisch Interventie Model. Het helpt je na \
    te gaan of jouw aanpak past bij hoe de cliënt zichzelf ziet: wil en kan hij, wil hij wel maar lukt \
    het niet, heeft hij het opgegeven, of heeft hij andere plannen met zijn leven? Als jouw aanpak \
    daarbij past, komt er vaak vanzelf beweging. Past het niet, dan zie je dat aan weerstand, afhaken, \
    verstarring of stilstand, en kan een andere aanpak helpen. \"Er zijn geen goede en geen slechte \
    benaderingen, alleen passende en niet passende.\"";

/// The two axes behind the four self-images, and micro/meso/macro.
pub const SLIM_ASSEN: &str = "Achter de vier zelfbeelden zitten twee vragen. Ervaren \
    zelfredzaamheid: heeft de cliënt het gevoel dat hij het zelf kan, en legt hij het probleem bij \
    zichzelf of daarbuiten? Sociale oriëntatie: richt hij zich op 'normaal' meedoen en werken, op zijn \
    eigen dromen en talenten, of op overleven van dag tot dag? Wat iemand kan, hangt af van zijn eigen \
    vaardigheden (micro), zijn netwerk (meso) en de kansen die de samenleving geeft (macro): een gebrek \
    aan kansen los je niet op door aan vaardigheden te werken.";

/// Concrete intentions to try in the next conversation, drawn from the klantmanagers' own conclusions.
pub const VOORNEMEN_TIPS: &[&str] = &[
    "Begin met een gezamenlijke agenda en vraag naar de punten van de cliënt",
    "Noem aan het begin het doel van het gesprek en wat jouw rol is",
    "Stel één open vraag en wees daarna stil",
    "Vraag naar beleving, niet alleen naar feiten: hoe was dat voor je?",
    "Vat samen om een discussie af te ronden en ga dan door naar het volgende punt",
    "Zeg ook wat je zelf voelt, in gewone woorden",
    "Oordeel en preek minder; ga meer achterover zitten en luister",
    "Check met een vraag of je uitleg is aangekomen",
    "Zeg hardop wat je in het gesprek doet en waarom",
    "Zet een telefoongesprek op de luidspreker, zodat het een gezamenlijk gesprek blijft",
    "Geef een oprecht compliment over een kwaliteit van de cliënt",
    "Draag bij een overdracht ook je beeld van de cliënt en de passende aanpak over",
    "Nodig uit in plaats van aan te dringen",
    "Voer een gesprek op locatie om te zien wat iemand kan",
    "Gebruik een schaalvraag: hoe gaat het, op een schaal van 1 tot 10?",
    "Vraag aan het eind hoe de cliënt het gesprek vond",
];

static EMOTIE: ThemaUitleg = ThemaUitleg {
    waarom: "Een raakmoment is een moment waarop iemand geraakt wordt: boos, verdrietig, blij of \
        geschrokken. Zo'n emotie is net zo goed een feit in het gesprek als een datum of een bedrag. Er \
        gebeurt dan iets wat belangrijk is, positief of negatief. Geef er aandacht aan, dan begrijp je \
        beter wat er speelt.",
    kijkvraag: "Waar veranderen de stem, de houding of het gezicht van de cliënt (of van jezelf), en \
        wat gebeurde er vlak daarvoor?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 4,
            tekst: "Een cliënt wordt wantrouwig als het gesprek meteen over haar kind gaat. Als de \
                klantmanager uitlegt dat de gemeente wil helpen, raakt ze ontroerd. Vanaf dat moment \
                loopt het gesprek soepel.",
        },
        Voorbeeld {
            interactie: 1,
            tekst: "Een cliënt vertelt dat hij zich vaak niet begrepen voelt en dat hem dat verdrietig \
                maakt. De klantmanager gaat daar niet verder op in. Achteraf vindt ze dat jammer, want \
                over de inhoud kwamen ze niet verder.",
        },
        Voorbeeld {
            interactie: 9,
            tekst: "Een cliënt vertelt blij over een kans op werk die hij zelf heeft gevonden. De \
                klantmanager ziet dat en zegt het ook, maar gaat daarna verder met haar eigen plan. \
                Later voelt de cliënt zich niet gehoord.",
        },
        Voorbeeld {
            interactie: 10,
            tekst: "Een cliënt vertelt dat het minder goed gaat. De klantmanager vraagt hoe dat voelt \
                en toont begrip. Achteraf zegt de cliënt, zelf geraakt, dat hij dat heel fijn vond.",
        },
    ],
};

static WEERSTAND: ThemaUitleg = ThemaUitleg {
    waarom: "Mensen reageren verschillend op spanning: in discussie gaan (fight), afhaken of overal \
        ja op zeggen (flight), of dichtklappen (freeze). Zo'n reactie zegt iets over wat er op dat \
        moment in het gesprek gebeurt, niet over wie de cliënt is. Als je benoemt wat je ziet en vraagt \
        waar het vandaan komt, kan het gesprek weer stromen. Als je het negeert, loopt het vaak vast.",
    kijkvraag: "Waar gaat de cliënt in discussie, wordt hij stil, zegt hij alleen nog 'ja' of gaan \
        de armen over elkaar, en wat deed of zei jij vlak daarvoor?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 2,
            tekst: "Een cliënt krijgt in de eerste gesprekken weinig tijd om te antwoorden en voelt \
                zich beoordeeld. Hij wordt afstandelijk en kritisch, en het gesprek draait in \
                kringetjes. Als de klantmanager hem de regie over de agenda geeft, zakt de spanning.",
        },
        Voorbeeld {
            interactie: 3,
            tekst: "Steeds als de klantmanager iets positief probeert te brengen, gaat een cliënt in \
                discussie over regels en oneerlijke behandeling. Zo gaat het al jaren, en het gesprek \
                krijgt weinig richting.",
        },
        Voorbeeld {
            interactie: 4,
            tekst: "Een gesprek begint zonder uitleg met een gevoelige vraag over het gezin. De \
                cliënt wordt wantrouwig en het kost ongeveer tien minuten om dat te herstellen.",
        },
        Voorbeeld {
            interactie: 9,
            tekst: "Een cliënt zegt in het gesprek ja tegen een traject en denkt mee. Achteraf vertelt \
                hij dat hij dat deed uit angst voor een korting. De kennismaking daarna loopt mis.",
        },
    ],
};

static FEEDBACK: ThemaUitleg = ThemaUitleg {
    waarom: "Een gezamenlijk doel en het gevoel dat het traject van de cliënt zelf is, zijn \
        belangrijke voorwaarden voor succes. Veel van wat een cliënt denkt en voelt, komt in het \
        gesprek alleen tussen de regels door naar buiten. Als je om feedback vraagt, zie je hoeveel de \
        cliënt zich eigenaar voelt, en wat jij kunt doen om dat te vergroten.",
    kijkvraag: "Vraag je de cliënt, tijdens of aan het eind van het gesprek, hoe het gesprek voor \
        hem is en of jullie op de goede weg zijn?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 4,
            tekst: "Aan het eind van een driegesprek vraagt de klantmanager hoe de cliënt het gesprek \
                vond. Ze lacht breed en zegt dat het haar goed bevallen is.",
        },
        Voorbeeld {
            interactie: 10,
            tekst: "Aan het eind vraagt de klantmanager hoe de cliënt het gesprek vond. Hij noemt de \
                heldere structuur en vindt het fijn dat de afspraak op papier staat.",
        },
        Voorbeeld {
            interactie: 2,
            tekst: "Een cliënt geeft zelf kritiek op hoe de gesprekken lopen. De klantmanager vraagt \
                daarop door en stelt zich open op. De werkrelatie wordt beter en er komen stappen \
                richting werk.",
        },
        Voorbeeld {
            interactie: 8,
            tekst: "Een cliënt lijkt in het gesprek positief en praat mee. Pas bij het terugkijken \
                vertelt ze dat ze zich bemoederd voelde en eigenlijk iets anders wilde. In het gesprek \
                zelf was daar niet naar gevraagd.",
        },
    ],
};

static RESULTATEN: ThemaUitleg = ThemaUitleg {
    waarom: "Een gesprek kan twee soorten resultaat hebben. Het eerste is een betere werkrelatie: \
        begrijpen jullie elkaar beter (het proces)? Het tweede is een stap richting participatie, zoals \
        werk, een opleiding of vrijwilligerswerk (het doel). Als je resultaten samen benoemt, of de \
        cliënt ze zelf laat noemen, werkt dat motiverend.",
    kijkvraag: "Wat is er aan het eind van het gesprek veranderd: in jullie contact, en in de \
        stappen die de cliënt gaat zetten?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 2,
            tekst: "Na twee stroeve gesprekken volgt de klantmanager de agenda die de cliënt zelf \
                heeft gemaakt. Het gesprek levert een betere werkrelatie op én concrete stappen \
                richting werk.",
        },
        Voorbeeld {
            interactie: 10,
            tekst: "De klantmanager vraagt wie de stap vooruit heeft gezet. De cliënt antwoordt \
                lachend: 'Ik!' Zo benoemt hij zelf het resultaat.",
        },
        Voorbeeld {
            interactie: 12,
            tekst: "Samen regelen ze de vergoeding voor een opleiding. Aan het eind krijgt de cliënt \
                een oprecht compliment over hoe grondig hij werkt. Hij zegt later dat hem dat kracht en \
                zin gaf om door te gaan.",
        },
    ],
};

static ECHTHEID: ThemaUitleg = ThemaUitleg {
    waarom: "Cliënten zeggen vaak wat ze denken dat jij wilt horen; ze zijn immers van jou \
        afhankelijk. Ook jij kunt je echte gevoelens vaak niet goed verbergen: je houding laat ze toch \
        zien. Open zijn, uitleggen wat je doet en zeggen wat je meent, maken het contact echter. Hoe \
        echter de cliënt het contact ervaart, hoe beter de begeleiding werkt.",
    kijkvraag: "Passen woorden en lichaamstaal bij elkaar, bij de cliënt en bij jezelf, en waar zegt \
        iemand 'ja' terwijl de houding iets anders laat zien?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 7,
            tekst: "Een cliënt zegt op bijna alles wat de klantmanager voorstelt 'ja, leuk'. Pas aan \
                het eind vraagt ze wanneer ze kan beginnen op de plek die ze zelf het liefst wil. Ze \
                wist dus al die tijd wat ze wilde.",
        },
        Voorbeeld {
            interactie: 3,
            tekst: "Een cliënt spreekt zich heel hard uit over eerdere klantmanagers. De klantmanager \
                zegt eerlijk dat dat akelig voelt. Hij legt dan uit dat hij het systeem bedoelt en niet \
                haar, en het contact wordt opener.",
        },
        Voorbeeld {
            interactie: 8,
            tekst: "Een gesprek lijkt gezellig en positief. Achteraf vertelt de cliënt dat ze uit angst \
                voor het oordeel van anderen altijd 'in een bepaalde modus' binnenkomt. Ze voelde zich \
                bemoederd, maar liet dat niet merken.",
        },
        Voorbeeld {
            interactie: 9,
            tekst: "Een cliënt zegt ja tegen het plan, maar kijkt ondertussen vragend naar zijn \
                begeleider. Later blijkt dat hij het plan helemaal niet zag zitten.",
        },
    ],
};

static BELEVING: ThemaUitleg = ThemaUitleg {
    waarom: "Als iemand vol zit met emoties, komt informatie vaak niet meer goed binnen. Vragen hoe \
        iemand iets beleeft, kan dan weer ruimte in het hoofd geven. Zulke vragen maken het gesprek \
        levendiger, en je leert de cliënt kennen als persoon. Zo kun je jouw aanpak beter laten \
        aansluiten bij wie de cliënt is.",
    kijkvraag: "Vraag je alleen naar feiten (wat, wanneer, hoeveel) of ook naar beleving (hoe was \
        dat voor je?), en laat je daarna ruimte voor het antwoord?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 1,
            tekst: "Een gesprek gaat een uur lang over de vraag of een rapport wel of niet samen \
                bekeken wordt. Eronder gaat het over begrepen willen worden. Meer doorvragen naar het \
                gevoel van de cliënt had het gesprek verder kunnen helpen.",
        },
        Voorbeeld {
            interactie: 7,
            tekst: "De klantmanager vraagt door op het woord 'eng' en laat de cliënt zelf zeggen wat \
                het wel is. Dan wordt duidelijk dat ze zich op een eerdere werkplek bekeken voelde en \
                zich schaamde.",
        },
        Voorbeeld {
            interactie: 10,
            tekst: "De klantmanager vraagt hoe het voelt dat het minder gaat, en luistert. De cliënt \
                voelt zich begrepen. Even later begint hij zelf enthousiast over werk te vertellen.",
        },
    ],
};

static DOEL_HELDER: ThemaUitleg = ThemaUitleg {
    waarom: "Een gesprek moet zinvol zijn en ergens toe leiden. Als het doel helder is, weet de \
        cliënt waar hij aan toe is en kan hij meebeslissen over het plan. Een helder doel geeft \
        richting, en helpt om aan het eind te zien wat het gesprek heeft opgeleverd.",
    kijkvraag: "Wanneer en hoe wordt het doel van het gesprek genoemd, en weet de cliënt het ook?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 4,
            tekst: "Een gesprek begint zonder uitleg en de cliënt wordt wantrouwig. Als de \
                klantmanager vertelt wat het doel is en wat haar rol is, ontstaat vertrouwen en loopt \
                het gesprek soepel.",
        },
        Voorbeeld {
            interactie: 1,
            tekst: "Een cliënt vindt zijn klantmanager aardig. Maar als zij veel over zichzelf \
                vertelt, snapt hij niet goed waar het gesprek voor is.",
        },
        Voorbeeld {
            interactie: 2,
            tekst: "Een gesprek is eigenlijk een slechtnieuwsgesprek, maar dat wordt niet meteen \
                gezegd. De cliënt voelt het wel aan, en het hele gesprek wordt gekleurd door emoties die \
                geen ruimte krijgen.",
        },
        Voorbeeld {
            interactie: 11,
            tekst: "De cliënt wil alleen melden wat er speelt; de klantmanager wil hem hulp bieden. \
                Omdat dat verschil niet besproken wordt, biedt zij steeds hulp aan en zegt hij steeds \
                nee.",
        },
    ],
};

static AGENDA: ThemaUitleg = ThemaUitleg {
    waarom: "Een gezamenlijke agenda geeft structuur aan het gesprek. De cliënt kan er ook zelf \
        punten op zetten. Daardoor voelt hij zich meer eigenaar van het gesprek en van zijn traject.",
    kijkvraag: "Wordt aan het begin gevraagd welke punten de cliënt wil bespreken, en komen die \
        punten ook echt aan bod?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 2,
            tekst: "Een cliënt stuurt zelf een agenda voor het gesprek. De klantmanager besluit die te \
                volgen en geeft hem de regie. Het wordt het beste gesprek tot dan toe, met concrete \
                stappen richting werk.",
        },
        Voorbeeld {
            interactie: 7,
            tekst: "Pas aan het eind vraagt de klantmanager of de cliënt nog iets wil bespreken. Dan \
                blijkt dat zij de hele tijd al één duidelijke vraag had. Voortaan wil de klantmanager \
                meteen in het begin samen een agenda maken.",
        },
        Voorbeeld {
            interactie: 10,
            tekst: "De klantmanager vertelt aan het begin waar ze de focus op wil leggen en vraagt \
                waar de cliënt het over wil hebben. Binnen een kwartier maken ze samen afspraken over \
                werk.",
        },
    ],
};

static METACOMMUNICATIE: ThemaUitleg = ThemaUitleg {
    waarom: "Metacommunicatie betekent: hardop zeggen wat je in het gesprek doet en waarom. \
        Bijvoorbeeld: 'Ik wil eerst terugkijken op onze afspraken, en daarna praten over werk.' Of: 'Ik \
        merk dat we steeds op hetzelfde punt uitkomen.' Zo kan de cliënt actief meedenken, en houdt hij \
        meer zelf de regie.",
    kijkvraag: "Waar zeg je hardop wat je gaat doen, waarom je iets vraagt of wat je ziet gebeuren \
        in het gesprek, en wat doet dat met de cliënt?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 3,
            tekst: "De klantmanager begint met een duidelijk kader: eerst terugkijken, dan kijken \
                waar de cliënt nu staat en waar het naartoe gaat. Later zegt ze ook hardop wat ze \
                eigenlijk samen met hem wil: een plek zoeken waar hij wél kan werken.",
        },
        Voorbeeld {
            interactie: 4,
            tekst: "In een driegesprek zegt de klantmanager: 'Voordat we verder gaan, wil ik eerst \
                stilstaan bij onze rollen.' Ze noemt het doel en vraagt of de cliënt eigen punten \
                heeft. Daarna komt het gesprek vlot op gang.",
        },
        Voorbeeld {
            interactie: 9,
            tekst: "De klantmanager zegt: 'Ik heb een agenda in mijn hoofd, maar eerst wil ik weten \
                wat jullie verwachten.' Zo kan iedereen aan tafel meteen meedenken.",
        },
        Voorbeeld {
            interactie: 2,
            tekst: "Een cliënt zegt zelf wat er gebeurt: de klantmanager stelt een vraag en meteen nog \
                een, en hij weet de eerste niet meer. Zo'n opmerking is een kans om het gesprek bij te \
                sturen.",
        },
    ],
};

static BEURTEN: ThemaUitleg = ThemaUitleg {
    waarom: "Een gesprek is zenden én ontvangen. Als de beurten goed wisselen, blijft het gesprek \
        levendig en kun je meer kanten van een onderwerp bekijken, zoals feiten en beleving. Het is ook \
        een gewone manier om te checken of de cliënt begrijpt wat je zegt. Korte, duidelijke vragen \
        helpen daarbij: stel één vraag tegelijk en wacht het antwoord af.",
    kijkvraag: "Wie is er het meest aan het woord, hoe lang zijn jouw beurten, en krijgt de cliënt \
        tijd om te antwoorden voordat de volgende vraag komt?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 6,
            tekst: "De klantmanager vat veel samen en stelt soms meerdere vragen tegelijk. Er \
                ontstaan lange opsommingen waar de cliënt weinig op kan zeggen. Het blijft onduidelijk \
                of de uitleg echt aankomt.",
        },
        Voorbeeld {
            interactie: 7,
            tekst: "De klantmanager stelt veel vragen en schrijft veel op; de cliënt geeft korte \
                antwoorden. Ze neemt zich voor: open vragen stellen, één vraag tegelijk.",
        },
        Voorbeeld {
            interactie: 3,
            tekst: "Een cliënt praat lang door over zijn eigen onderwerpen. De klantmanager neemt zich \
                voor een discussie af te ronden door samen te vatten wat hij zegt, en dan door te gaan \
                naar het volgende punt.",
        },
        Voorbeeld {
            interactie: 4,
            tekst: "Een begeleider opent een driegesprek met drie vragen achter elkaar. De cliënt \
                geeft een kort en formeel antwoord. Een echt gesprek ontstaat pas als het doel duidelijk \
                is en zij zelf punten mag inbrengen.",
        },
    ],
};

static INTERVENTIELOGICA: ThemaUitleg = ThemaUitleg {
    waarom: "Iedere cliënt heeft een beeld van zichzelf: wat hij wil en wat hij kan. Jouw aanpak \
        gaat ook uit van een beeld van de cliënt, vaak zonder dat je dat merkt. Passen die twee beelden \
        bij elkaar, dan komt er beweging; passen ze niet, dan ontstaat er weerstand, afhaken, \
        verstarring of stilstand. Het vraagt dat je kunt wisselen tussen kansen bieden, uitleggen en \
        leren, bij de hand nemen, en samen ondernemen.",
    kijkvraag: "Welk beeld van de cliënt spreekt uit jouw aanpak, en past dat bij hoe de cliënt over \
        zichzelf praat?",
    voorbeelden: &[
        Voorbeeld {
            interactie: 12,
            tekst: "De klantmanager behandelt een cliënt als iemand die wil en kan, en helpt alleen \
                deuren openen. Dat past precies bij hoe hij zichzelf ziet. Bij een eerdere, dwingende \
                aanpak ontstond juist weerstand.",
        },
        Voorbeeld {
            interactie: 5,
            tekst: "Een cliënt wil en kan, en heeft vooral kansen nodig. Bij een kennismaking krijgt ze \
                vooral eenvoudige leerplekken aangeboden. Ze voelt zich niet uitgedaagd en het gaat \
                traag.",
        },
        Voorbeeld {
            interactie: 9,
            tekst: "Een cliënt krijgt een traject aangeboden om werknemersvaardigheden te leren. Maar \
                hij vindt dat hij die al heeft en vooral steun om zich heen mist. Het plan loopt vast.",
        },
        Voorbeeld {
            interactie: 10,
            tekst: "De klantmanager is zorgzaam en beschermend, maar er komt weinig energie. Zodra het \
                over werk en kansen gaat, leeft de cliënt op. Een aanpak die kansen biedt, past beter.",
        },
    ],
};
