namespace NewsArchive.Language;

/// <summary>The vocabulary's words, a group per class of word with the reason the group is there. Later groups
/// win where a word is in two, so the most telling class comes last.</summary>
internal static class VocabularyWords
{
    /// <summary>Compass points and region words: a capitalised word right after one is part of a place's name
    /// ("North Hykeham", "West Ham"), and a list item holding one is a place ("Leeds North West").</summary>
    public const string RegionWords = """
        North South East West Northern Southern Eastern Western Greater Central Upper Lower Mid Midlands
        """;

    /// <summary>Heads of the names of places and buildings; written in lower case after a name, they make it a
    /// place's too ("Victoria station", "Heathrow airport").</summary>
    public const string PlaceHeads = """
        Street Hall Arena Court Courts Wharf Centre Center House Houses Airport Station Road Square Park
        Bridge Valley County City Town Village Island Islands Museum Gallery Theatre Stadium Hotel Palace
        Castle Abbey Cathedral Tower Lane Avenue Place Gardens Estate Market Markets Dome Prison Isle
        Isles Bay River Lake Mount Port Shire Borough District Region Province Ward Constituency Coast
        Peninsula Campus Quad Lawn Gym Library Cafe Café Pub Lounge Pavilion
        """;

    /// <summary>Class: nouns for words someone said. Reason: a person's quotation, line or admission is their quote
    /// ("Osborne's favourite line, “…”").</summary>
    public const string SaidNouns = """
        quotation quote words line phrase admission remark remarks claim comment comments statement promise pledge
        warning verdict message retort reply answer boast quip announcement assertion declaration insistence
        suggestion argument response explanation observation confession accusation
        """;

    /// <summary>Class: nouns for a view someone gave, which with <see cref="SaidNouns"/> name the speaker after "of" or
    /// "from" in the sentence that follows a quote ("“…” That was the verdict of Jo Bloggs.", "… the view of …").</summary>
    public const string ViewNouns = """
        view views assessment opinion reaction advice conclusion sentiment plea thoughts position stance take
        judgement judgment feeling feelings complaint defence belief hope fear cry mantra motto slogan refrain
        """;

    /// <summary>The words of a list above, as a set that can be asked with a span.</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] lists) =>
        lists.SelectMany(l => l.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly IReadOnlyList<WordGroup> Groups =
    [
        new(WordClass.Common, "given names that are also everyday words: a name only where the context says so", """
            Mark Will Grant Bill Rose Jack Hope Faith Joy Dawn Rich Frank Gay Young Long Short Little Strong
            """),
        new(WordClass.Common, "nouns and adjectives that open headlines and sentences in capitals", """
            Local National Regional Public Private Senior Junior Council Police Army Figures Plans
            Voters Ministers Polls Opponents Analysts Experts Members
            """),
        new(WordClass.Common, "participles that open a sentence before a name (\"Speaking to the BBC, ...\")", """
            Speaking Asked Responding Reacting Writing According Following Announcing Launching Addressing
            Welcoming Commenting Describing Campaigning Visiting Unveiling Attacking Defending Insisting
            """),
        new(WordClass.Common, "policy areas and institutions that head a sentence or a department's name", """
            Health Education Transport Defence Justice Housing Business Trade Industry Environment Energy
            Culture Media Sport Work Pensions Treasury Cabinet Commons Lords Whitehall Westminster Brexit
            Covid Coronavirus Budget Manifesto
            """),
        new(WordClass.Common, "places and peoples that open a sentence", """
            Europe European Britain British UK London England English Scotland Scottish Wales Welsh Ireland
            Irish America American Londoners
            """),
        new(WordClass.Stop, "function words and sentence openers: never part of a name", """
            The A An This That These Those However Meanwhile But And Or Nor So If When Whenever While Whilst
            Although Though After Before As At In On Of For From With Without By To Into Onto Under Over
            Also Now Then Yet Still Even Only Just Here There Where What Who Whom Whose Why How Which It Its
            I We You They Me Us Them His Her Their Our My Your Mine Ours Despite During Since Until Unlike
            Like Both Each Every All Some Many Most More Much No Not One Two Three Four Five Six Seven Eight
            Nine Ten Last Next Earlier Later Today Tonight Yesterday Tomorrow Instead Indeed Overall Finally
            Similarly Separately Elsewhere Officially Please Thanks Dear Yes Well Oh Let Would Could Should
            Can Must Might Shall Do Does Did Is Are Was Were Be Been Being Has Have Had Any Such Other
            Too Very Neither Either
            Another Fellow Veteran Among Amid Amongst Because Unless Whether Once Again Already Perhaps
            Own Whatever Whoever Maybe Anyway Besides Furthermore Moreover Nevertheless Nonetheless Otherwise
            Thus Therefore Hence Certainly Clearly Obviously Surely Sadly Mostly Nearly Almost About Above
            Below Between Beyond Against Around Across Through Throughout Within Upon Towards Toward Via Per
            Plus Minus New Old Super Big Great Good Bad Top Key Full Half Total Real True Recent Current
            Don't Won't Can't Isn't It's That's There's What's He's She's I'm I've I'll We're
            Sunday's Saturday's Friday's Thursday's Wednesday's Tuesday's Monday's Today's Yesterday's
            """),
        new(WordClass.Cue, "heads of the names of bodies: parties, councils, companies, charities, courts", """
            Party Parties Council Councils Government Parliament Assembly Office Department Committee
            Committees Commission Union Bank Group Trust Service Services Agency Authority Association
            Institute University College School Schools Hospital Church Kingdom States Republic Ministry Board
            Foundation Club League Corporation Company Ltd Inc Chamber Senate Congress Opposition Executive
            Unit Team Panel Forum Network Movement Front Coalition Society Soc Societies Federation Confederation
            Organisation Organization Institution Partnership Project Scheme Initiative Bureau Tribunal
            Tribunals Exchange Commissioners Ombudsman Nations Revenue Holdings Partners Investments Associates
            Consulting Research Sciences Studies Technologies Systems Communications Industries Enterprises
            Resources Insurance Foods Stores Motors Oil Gas Water Power Electric Railways Rail Trains Airways
            Airlines Watch Aid Relief Rescue Care Liberty Mission Line Agencies Action Lottery Securities Rights
            Relations Solutions Prosecutions Officers Forces Navy Regiment Brigade Brigades Rifles Police
            Corp Plc PLC Laboratories Pharmaceuticals Architects Solicitors Leisure Highlanders Fusiliers Guards
            Auxiliary Faculty Faculties
            """),
        new(WordClass.Cue, "heads of the names of places and buildings", PlaceHeads),
        new(WordClass.Cue, "heads of the names of papers, broadcasters, programmes and social media", """
            Radio Times News Post Mail Telegraph Guardian Herald Express Mirror Observer Standard Gazette
            Chronicle Echo Press TV Television Channel Online Magazine Journal Sky Web Internet Programme Show Dictionary Encyclopaedia Encyclopedia
            Facebook Twitter YouTube Instagram
            """),
        new(WordClass.Cue, "heads of the names of laws, events, documents and plans", """
            Act Bill Treaty Agreement Summit Conference Review Report Inquiry Election Elections Campaign Fund
            Funds Tax Budget Manifesto Plan Strategy Charter Directive Constitution Convention Declaration Accord
            Programme Exhibition Olympics Games Prize Award Awards Trophy Cup Championship Premier War Crisis
            Protocol Policy Guidelines Paper Disease Fair Festival Gala Term Semester Hurricane Storm
            Typhoon Cyclone Operation
            """),
        new(WordClass.Cue, "compass points and region words that open a place's name", RegionWords),
        new(WordClass.Cue, "months, weekdays and holidays", """
            January February March April June July August September October November December Monday Tuesday
            Wednesday Thursday Friday Saturday Sunday Christmas Easter Day Week Year
            """),
        new(WordClass.Cue, "institutions and buildings of government named by one word", """
            Brexit Covid Leave Remain Commons Lords Holyrood Whitehall Westminster Senedd Stormont Dail Downing
            Buckingham Chequers Number NHS
            """),
        new(WordClass.Cue, "adjectives that open the names of institutions", """
            Commonwealth International Global Royal Imperial Supreme High Crown Federal Metropolitan Met Capital
            Olympic St Saint Daily
            """),
        new(WordClass.Cue, "continents and the countries most named in British politics, which open bodies' names", """
            Europe Africa Asia Germany France Spain Italy
            """),
        new(WordClass.Nationality, "adjectives of nation and faith: before a capitalised word they describe it", """
            British Scottish English Welsh Irish European American French German Italian Spanish Chinese
            Russian Indian Iraqi Israeli Palestinian Arab African Asian Australian Canadian Islamic Muslim
            Christian Jewish Catholic Protestant Dutch Greek Turkish Polish Swiss Japanese Scot Welshman
            Scotsman Irishman Englishman Frenchman Roman Soviet
            """),
        new(WordClass.Party, "words of party names, which label the person after them (\"Tory Zac Goldsmith\")", """
            Labour Tory Tories Conservative Conservatives Liberal Liberals Democrat Democrats Lib Dem Dems
            LibDem LibDems Green Greens SNP UKIP Ukip Plaid Cymru Reform Reclaim Renew Respect DUP UUP SDLP
            Sinn Féin Fein Alliance Unionist Unionists Republican Republicans Democratic Socialist Socialists
            Communist BNP Veritas Social Independence Nationalist Nationalists Co-operative Workers GOP
            """),
        new(WordClass.RoleModifier, "words that qualify an office (\"shadow home secretary\", \"Deputy Prime Minister\")", """
            Prime First Home Foreign Shadow Deputy Vice Acting Former Chief Junior Senior Attorney Solicitor
            Environment Health Education Transport Defence Justice Housing Business Trade Industry Culture
            Energy Treasury Cabinet Northern Work Pensions Development Communities Equalities Rural Affairs
            Constitutional Europe International Local Science Women Culture Sport Digital Levelling Exchequer
            Interior State Finance Economy Employment Welfare Immigration Security Policing Schools Children
            Families Agriculture Fisheries Food Transport Climate Net Zero Legal Brexit Scotland Wales Ireland
            prime first home foreign shadow deputy vice acting former chief junior senior attorney solicitor
            environment health education transport defence justice housing business trade industry culture
            energy treasury cabinet work pensions development communities affairs europe international local
            science women sport digital exchequer interior state finance economy employment welfare
            immigration security policing schools children families agriculture climate legal executive
            general managing national regional
            """),
        new(WordClass.Descriptor, "what a person is called without holding an office: evidence of a person, never a role", """
            candidate candidates challenger incumbent opponent rival politician backbencher frontbencher
            activist campaigner expert analyst boss veteran founder economist pollster strategist frontrunner
            nominee contender hopeful lawyer farmer barrister author actor actress singer writer broadcaster
            presenter journalist historian doctor businessman businesswoman entrepreneur comedian novelist
            academic student teacher professor researcher scientist commentator blogger predecessor successor
            chemist physicist engineer biologist mathematician medic surgeon nurse organiser volunteer
            undergraduate postgraduate graduate fresher lecturer resident shopkeeper pensioner voter constituent
            commuter neighbour landlord tenant shopper dictator tyrant despot autocrat strongman monarch statesman
            Candidate Challenger Backbencher Frontbencher Lawyer Farmer Barrister Author Actor Actress Singer
            Writer Broadcaster Presenter Journalist Historian Doctor Businessman Businesswoman Entrepreneur
            Comedian Novelist Campaigner Activist Pollster Economist Academic Student
            """),
        new(WordClass.Role, "offices and ranks, which a person holds (\"Mayor of London\", \"Environment Secretary\")", """
            Minister Ministers Secretary Chancellor Mayor Leader President Premier Chairman Chairwoman Chair
            Speaker MP MPs MEP MEPs MSP MSPs AM AMs MS Councillor Governor Commissioner Ambassador Spokesman
            Spokeswoman Spokesperson Judge Senator King Queen Prince Princess Pope Archbishop Bishop Cardinal
            Captain Colonel General Sergeant Inspector Detective Constable Superintendent Commander Director
            Editor Correspondent Whip Treasurer Envoy Advisor Adviser Peer Justice Justices Rabbi Imam Consort
            Officer Trustee Representative Congressman Congresswoman Chancellors PM Taoiseach Provost Rector
            Trustees Princes Princesses Kings Queens Presidents Senators Governors Mayors Bishops Archbishops
            Cardinals Judges Secretaries Councillors
            minister ministers secretary chancellor mayor leader president premier chairman chairwoman chair
            speaker councillor governor commissioner ambassador spokesman spokeswoman spokesperson whip
            treasurer envoy adviser advisor peer director editor MP MPs MEP MSP officer trustee
            senator congressman congresswoman representative constable inspector sergeant superintendent detective
            """),
        new(WordClass.Unnamed, "who speaks without a name: their words are a source's, never the nearest person's", """
            source sources aide aides official officials insider insiders ally allies critic critics
            friend friends colleague colleagues observers government department ministry party council union
            charity report statement survey study police court committee commission campaigners protesters
            organisers organizers researchers experts analysts economists figures documents papers
            book books letter letters email emails manifesto website leaflet leaflets memo document bylaws
            by-laws rules article petition note notes message messages banner banners placard placards tweet
            tweets motion regulations constitution notice poster posters headline memos e-mail statements
            supporters backers Sources Aides Officials Insiders Allies Critics
            Friends Colleagues Observers Campaigners Protesters Organisers Supporters Backers
            """),
        new(WordClass.Kin, "family words: a given name beside one names a person (\"his wife Ffion\", \"Lucy's mother\")", """
            wife husband son daughter mother father brother sister partner girlfriend boyfriend fiancee fiancée
            widow widower grandson granddaughter grandmother grandfather niece nephew aunt uncle cousin
            stepson stepdaughter stepfather stepmother mum dad sons daughters brothers sisters grandchildren
            grandsons granddaughters twins
            """),
        new(WordClass.Honorific, "titles that stand before a name and are not part of it", """
            Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Baron Professor Prof Rev Reverend Rt Hon Sgt
            Cpl Capt Col Gen Lt Insp Det Supt Cllr Mister Comrade
            """),
        new(WordClass.NameTitle, "a title that is part of the name it stands before (\"Count Binface\")", "Count"),
        new(WordClass.Pronoun, "pronouns that stand for a person named before", "he she He She"),
        new(WordClass.Speech, "verbs that report what someone said or wrote", """
            said says told tells added adds replied replies warned warns insisted insists replied tweeted claimed claims
            explained argued argues stated declared wrote writes urged urges admitted acknowledged conceded
            stressed suggested asked announced responded remarked continued commented promised pledged vowed
            predicted noted observed maintained confirmed described called branded dubbed joked quipped
            recalled revealed boasted complained protested signalled hinted conceded denied emphasised
            reemphasised expressed spoke speaks speaking saying adding telling warning arguing insisting claiming
            accused blasted attacked dismissed hailed praised criticised slammed labelled calling describing
            stressing declaring suggesting explaining urging admitting acknowledging conceding noting predicting
            recalling revealing complaining protesting denying emphasising accusing
            snapped shouted yelled exclaimed retorted muttered answered Adding Saying
            explains stresses suggests notes admits acknowledges concedes recalls reveals complains denies emphasises
            details outlines detailed outlined
            reiterated clarified concluded mentioned assured asserted lamented proclaimed countered retorts quips
            """),
    ];
}
