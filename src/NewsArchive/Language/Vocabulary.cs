namespace NewsArchive.Language;

/// <summary>What a word can tell the name finder. Anything not in the lexicon is <see cref="None"/>:
/// a capitalised unknown word may be part of a name.</summary>
internal enum WordClass : byte
{
    None,
    /// <summary>Mr, Ms, Sir, Lord: stands before a name and is not part of it.</summary>
    Honorific,
    /// <summary>Count: a title that is part of the name it stands before ("Count Binface").</summary>
    NameTitle,
    /// <summary>An office: Minister, Secretary, leader, MP.</summary>
    Role,
    /// <summary>Words that qualify an office: Prime, Home, Environment, shadow, former.</summary>
    RoleModifier,
    Party,
    /// <summary>Ends an organisation, place, venue, outlet or date: Street, Hall, Party, Radio, Thursday.</summary>
    Cue,
    /// <summary>Function and sentence-opening words that are never part of a name.</summary>
    Stop,
    /// <summary>Common words that can be names too ("Mark", "Will"): dropped only at a sentence start.</summary>
    Common,
    /// <summary>British, Scottish, Christian: an adjective before a capitalised word, a surname at the end
    /// of a name ("Mike German", "Louise Christian").</summary>
    Nationality,
    Pronoun,
    Speech,
}

/// <summary>The small fixed vocabulary the rules lean on: titles, offices, parties, cue words and
/// common English words. It names no person.</summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, WordClass> Words = Build();
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordClass Classify(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var found) ? found : WordClass.None;

    private static Dictionary<string, WordClass> Build()
    {
        var words = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        // Later lines win, so the most telling class comes last.
        Add(words, WordClass.Common, """
            Mark Will Grant Bill Rose Jack Hope Faith Joy Dawn Rich Frank Gay Young Long Short Little Strong
            Local National Regional Public Private Senior Junior Council Police Army Figures Plans Critics
            Campaigners Voters Ministers Officials Sources Polls Opponents Supporters Analysts Experts Members
            Speaking Asked Responding Reacting Writing According Following Announcing Launching Addressing
            Welcoming Commenting Describing Campaigning Visiting Unveiling Attacking Defending Insisting
            Health Education Transport Defence Justice Housing Business Trade Industry Environment Energy
            Culture Media Sport Work Pensions Treasury Cabinet Commons Lords Whitehall Westminster Brexit
            Covid Coronavirus Budget Manifesto Europe European Britain British UK London England English
            Scotland Scottish Wales Welsh Ireland Irish America American Londoners Labourites
            """);
        Add(words, WordClass.Stop, """
            The A An This That These Those However Meanwhile But And Or Nor So If When Whenever While Whilst
            Although Though After Before As At In On Of For From With Without By To Into Onto Under Over
            Also Now Then Yet Still Even Only Just Here There Where What Who Whom Whose Why How Which It Its
            I We You They Me Us Them His Her Their Our My Your Mine Ours Despite During Since Until Unlike
            Like Both Each Every All Some Many Most More Much No Not One Two Three Four Five Six Seven Eight
            Nine Ten Last Next Earlier Later Today Tonight Yesterday Tomorrow Instead Indeed Overall Finally
            Similarly Separately Elsewhere Officially Please Thanks Dear Yes Well Oh Let Would Could Should
            Can Must Might Shall Do Does Did Is Are Was Were Be Been Being Has Have Had Any Such Other
            Another Fellow Veteran Among Amid Amongst Because Unless Whether Once Again Already Perhaps
            Own Whatever Whoever However Maybe Anyway Besides Furthermore Moreover Nevertheless Nonetheless Otherwise Thus Therefore
            Hence Certainly Clearly Obviously Surely Sadly Mostly Nearly Almost About Above Below Between
            Beyond Against Around Across Through Throughout Within Upon Towards Toward Via Per Plus Minus
            Dr. Mr. Mrs. Ms. New Old Super Big Great Good Bad Top Key Full Half Total Real True Recent Current
            Asked Do Don't Won't Can't Isn't It's That's There's What's He's She's I'm I've I'll We're
            Sunday's Saturday's Friday's Thursday's Wednesday's Tuesday's Monday's Today's Yesterday's
            """);
        Add(words, WordClass.Cue, """
            Party Parties Council Councils Street Hall Arena Radio Times Court Courts Wharf Centre Center House
            Houses Government Parliament Assembly Office Department Committee Commission Union Bank Group Trust
            Service Services Agency Authority Association Institute University College School Schools Hospital
            Church Airport Station Road Square Park Bridge Valley County City Town Village Island Islands
            Kingdom States Republic Ministry Board Foundation Club League Cup Corporation Company Ltd Inc News
            Post Mail Telegraph Guardian Herald Express Mirror Observer Standard Gazette Chronicle Echo
            Programme Show Act Bill Treaty Agreement Summit Conference Review Report Inquiry Election Elections
            Campaign Fund Tax NHS Forces Navy Airways Airlines Museum Gallery Theatre Stadium Hotel Palace
            Castle Abbey Cathedral Tower Lane Avenue Place Gardens Estate Tribunal Exchange Market Markets
            Chamber Senate Congress Opposition Executive Unit Team Panel Forum Network Movement Front Coalition
            Society Federation Confederation Organisation Organization Institution Partnership Project
            Scheme Initiative Bureau Press TV Television Channel Online Magazine Journal Sky Web Internet
            Budget Manifesto Plan Strategy Charter Directive Constitution Convention Declaration Accord
            North South East West Northern Southern Eastern Western Greater Central Upper Lower Mid Midlands
            Isle Isles Bay River Lake Mount Port Shire Borough District Region Province Ward Constituency
            January February March April June July August September October November December
            Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Day Week Year
            Brexit Covid Leave Remain Olympics Games Prize Award Awards Trophy Fund Funds Commons Lords
            Holyrood Whitehall Westminster Senedd Stormont Dail Downing Buckingham Chequers Number
            Commonwealth Western International Global Royal Imperial Supreme High Crown Federal Metropolitan
            Met Capital Olympic Premier Championship Securities Studies Rights Officers Action Lottery Police
            Prosecutions Relations Solutions Holdings Partners Investments Associates Consulting Research
            Sciences Technologies Systems Communications Industries Enterprises Resources Insurance Foods
            Stores Motors Oil Gas Water Power Electric Railways Rail Trains Watch Aid Relief Rescue Care
            Liberty Mission Crisis Line Commissioners Guidelines Tribunals Courts Agencies Ombudsman Nations
            Paper War Prison Crime Catholics Policy Protocol Regiment Rifles Fusiliers Highlanders Underground
            Dome Exhibition Disease Sclerosis Destruction Provisions Controls Sports Concern Supplement Revenue
            Temple Land Curtain Coast Peninsula Hunt Chambers Guide Lobby Link Idol Mass Abroad Fellowship
            Auxiliary Brigades Tendency Committees St Saint Daily Sri Nazi People Judges Study Advocates Vegas Kong Lanka Germany France Spain Italy Europe Africa Asia
            """);
        Add(words, WordClass.Nationality, """
            British Scottish English Welsh Irish European American French German Italian Spanish Chinese
            Russian Indian Iraqi Israeli Palestinian Arab African Asian Australian Canadian Islamic Muslim
            Christian Jewish Catholic Protestant Dutch Greek Turkish Polish Swiss Japanese Scot Welshman
            Scotsman Irishman Englishman Frenchman Roman Soviet
            """);
        Add(words, WordClass.Party, """
            Labour Tory Tories Conservative Conservatives Liberal Liberals Democrat Democrats Lib Dem Dems
            LibDem LibDems Green Greens SNP UKIP Ukip Plaid Cymru Reform Reclaim Renew Respect DUP UUP SDLP
            Sinn Féin Fein Alliance Unionist Unionists Republican Republicans Democratic Socialist Socialists
            Communist BNP Veritas Social Independence Nationalist Nationalists Co-operative Workers
            """);
        Add(words, WordClass.RoleModifier, """
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
            immigration security policing schools children families agriculture climate legal
            """);
        Add(words, WordClass.Role, """
            Minister Ministers Secretary Chancellor Mayor Leader President Premier Chairman Chairwoman Chair
            Speaker MP MPs MEP MSP AM MS Councillor Governor Commissioner Ambassador Spokesman Spokeswoman
            Spokesperson Judge Senator King Queen Prince Princess Pope Archbishop Bishop Cardinal Captain
            Colonel General Sergeant Inspector Detective Constable Superintendent Commander Director Editor
            Correspondent Candidate Whip Treasurer Envoy Advisor Adviser Peer Justice Justices Backbencher
            Frontbencher Rabbi Prophet Imam Princes Consort
            minister ministers secretary chancellor mayor leader president premier chairman chairwoman chair
            speaker councillor governor commissioner ambassador spokesman spokeswoman spokesperson candidate
            whip treasurer envoy adviser advisor peer incumbent challenger opponent rival politician deputy
            backbencher frontbencher member activist campaigner expert analyst chief boss veteran founder
            director editor economist pollster strategist aide frontrunner nominee contender MP MPs MEP MSP
            Lawyer Farmer Barrister Author Actor Actress Singer Writer Broadcaster Presenter Journalist Historian
            Doctor Businessman Businesswoman Entrepreneur Comedian Novelist Campaigner Activist Pollster
            lawyer farmer barrister author actor actress singer writer broadcaster presenter journalist
            historian doctor businessman businesswoman entrepreneur comedian novelist
            """);
        Add(words, WordClass.Honorific, """
            Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Baron Professor Prof Rev Reverend Rt Hon Sgt
            Cpl Capt Col Gen Lt Insp Det Supt Cllr
            """);
        Add(words, WordClass.NameTitle, "Count");
        Add(words, WordClass.Pronoun, "he she He She");
        Add(words, WordClass.Speech, """
            said says told added warned insisted replied tweeted claimed explained argued stated declared
            wrote urged admitted acknowledged conceded stressed suggested asked announced responded remarked
            continued commented promised pledged vowed predicted noted observed maintained confirmed
            """);
        return words;
    }

    private static void Add(Dictionary<string, WordClass> words, WordClass wordClass, string list)
    {
        foreach (var word in list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            words[word] = wordClass;
    }
}
