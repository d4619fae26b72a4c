using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A person the sentence states stood, with how it went when it says so.</summary>
internal sealed record CandidateStatement(int Position, string Candidate, Outcome? Outcome, bool ByPlace = false);

/// <summary>
/// Reads who won and who lost from the verbs around person tokens: "X was re-elected", "X won a second term", "victory
/// over Y", "his margin over Y", "defeating Y", "X came third". A person merely named beside an election is no
/// candidate.
/// </summary>
internal static partial class CandidateReader
{
    private const string P = ArticleSentence.Person;
    private const string Label = @"(?:(?:the\s+)?(?:" + Parties.Names + @")(?:'s|’s|s’|’|')?\s+(?:(?:mayoral|parliamentary)\s+)?(?:" + Parties.Roles + @")?\s*|" + RivalLabel + @")?";

    /// <summary>Class: what one candidate is to another in a race ("closest contender", "his rival", "the incumbent").</summary>
    private const string RivalLabel = @"(?:(?:his|her|their|the)\s+)?(?:(?:closest|nearest|main|chief|only|fellow)\s+)?(?:rival|contender|challenger|opponent|competitor|incumbent)\s+";

    // Between a subject and its verb: no other person, no clause break, no one else's speech.
    private const string Gap = @"(?<gap>[^⟦;:,]{0,80}?)";

    public static IReadOnlyList<CandidateStatement> Find(ArticleSentence sentence)
    {
        var text = sentence.Tokenised;
        var found = new List<CandidateStatement>();
        bool Has(params ReadOnlySpan<string> words) => SentenceCues.HasAny(text, words);
        void Add(Match m, Outcome? outcome, bool byPlace = false)
        {
            if (m.Groups["gap"].Success && (TextCues.Speech().IsMatch(m.Groups["gap"].Value) || Comparison().IsMatch(m.Groups["gap"].Value))) return;
            var token = ArticleSentence.PersonToken().Match(text, m.Groups["p"].Index);
            found.Add(new CandidateStatement(token.Index, sentence.PersonAt(token), outcome, byPlace));
        }

        // Each pattern runs only where the verb it is built on is present: most sentences have none.
        var beat = Has("beat", "defeat", "ousted", "ousting", "unseat", "crush", "trounc", "rout", "thrash");
        var came = Has("came");
        if (Has("elected", "returned", "declared"))
        {
            // "the only prime minister other than X to be re-elected", "expected X to be elected": one named right
            // before an infinitive is compared with or predicted, not said to be elected ("X went on to be elected" is).
            foreach (Match m in ElectedPassive().Matches(text))
                if (!Infinitive().IsMatch(m.Groups["gap"].Value)) Add(m, Outcome.Elected);
            foreach (Match m in ElectedAside().Matches(text)) Add(m, Outcome.Elected);
        }
        if (Has("won", "win", "took", "secur", "held", "holds", "retained", "gained", "captured"))
            foreach (Match m in WonOffice().Matches(text)) Add(m, Outcome.Elected);
        if (Has("victory", "win", "re-election"))
            foreach (Match m in PossessiveVictory().Matches(text)) Add(m, Outcome.Elected);
        if (Has("victory", "win", "term", "home", "re-election"))
            foreach (Match m in VictoryVerb().Matches(text)) Add(m, Outcome.Elected);
        if (Has("election", "victory"))
            foreach (Match m in VictoryOf().Matches(text)) Add(m, Outcome.Elected);
        if (beat)
            foreach (Match m in BeatActive().Matches(text)) Add(m, Outcome.Elected);
        if (beat || Has("over"))
            foreach (Match m in Beaten().Matches(text)) Add(m, Outcome.Defeated);
        if (Has("defeated", "beaten", "ousted", "unseated"))
            foreach (Match m in DefeatedPassive().Matches(text)) Add(m, Outcome.Defeated);
        // Whom the sentence says was beaten lost, whatever a verb further on seems to say of them: "X beat Y ... by
        // 1983 to 1593 votes to be elected Union president" elects X, not Y.
        var beaten = found.Where(f => f.Outcome == Outcome.Defeated).Select(f => f.Candidate).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(f => f.Outcome == Outcome.Elected && beaten.Contains(f.Candidate));
        if (Has("lost", "loses"))
            foreach (Match m in LostContest().Matches(text)) Add(m, Outcome.Defeated);
        if (came)
            foreach (Match m in CamePlace().Matches(text)) Add(m, Outcome.Defeated, byPlace: true);
        // Whoever a sentence ranks behind another ("won more votes than Y", "came third ahead of Y") did not come
        // first: in a race for one office they lost, as one who "came second" did (ByPlace).
        foreach (Match m in Has("votes") ? MoreVotesThan().Matches(text) : Enumerable.Empty<Match>())
        {
            var fewer = m.Groups["fewer"].Success;
            Add(m, fewer ? Outcome.Defeated : null, byPlace: fewer);
            var other = ArticleSentence.PersonToken().Match(text, m.Groups["other"].Index);
            found.Add(new CandidateStatement(other.Index, sentence.PersonAt(other), fewer ? null : Outcome.Defeated, ByPlace: !fewer));
        }
        if (came)
            foreach (Match m in AheadOf().Matches(text)) Add(m, Outcome.Defeated, byPlace: true);
        if (Has("candidate", "challenger"))
            foreach (Match m in CandidateLabel().Matches(text)) Add(m, null);
        if (Has("became", "become"))
            foreach (Match m in BecameOffice().Matches(text)) Add(m, Outcome.Elected);
        if (Has("losing out", "lost out", "losers", "defeated candidates"))
            foreach (var token in Losers(text)) found.Add(new CandidateStatement(token.Index, sentence.PersonAt(token), Outcome.Defeated));
        return found;
    }

    /// <summary>"Those losing out include the Reform Party's Laurence Fox and Count Binface – who ...": every person
    /// the list names, up to the end of its clause.</summary>
    private static IEnumerable<Match> Losers(string text)
    {
        var list = LosersList().Match(text);
        if (!list.Success) yield break;
        var end = list.Index + list.Length;
        var stop = ListEnd().Match(text, end);
        foreach (Match token in ArticleSentence.PersonToken().Matches(text[..(stop.Success ? stop.Index : text.Length)], end))
            yield return token;
    }

    [GeneratedRegex(@"\b(?:than|wants?)\b")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^\s+to\s+be$")]
    private static partial Regex Infinitive();

    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:(?:has|have|had)\s+been\s+|was\s+|is\s+|were\s+)?(?:first\s+)?(?:re-?elected|elected|returned\s+as|declared\s+(?:as\s+)?(?:the\s+)?(?:winner|next|new|[Mm]ayor|MP))")]
    private static partial Regex ElectedPassive();

    /// <summary>A results story's aside: "Marissa Lewis, who was elected in the 4th Round with 1806 votes", "David
    /// Goldsmith, this year's RAG Chair, will be Union President, after being elected with 2395 votes". Only with the
    /// count's number or round after it: "X, who was elected in 2010, said" tells of an older election.</summary>
    [GeneratedRegex(@"(?<p>" + P + @")(?:,[^⟦;:,.]{1,60}){0,2},\s+(?:who\s+(?:was|has\s+been|had\s+been)|after\s+being)\s+(?:re-?)?elected\s+(?:with\s+[\d,]+\s+votes|in\s+the\s+(?:\w+)\s+[Rr]ound)")]
    private static partial Regex ElectedAside();

    /// <summary>"X stormed to victory", "swept to a third term", "romped home", "cruised to re-election": a verb of
    /// moving fast or easily, to a win or home.</summary>
    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:has\s+|had\s+)?(?:storm|sw[eo]p|romp|cruis|sail|surg|power|coast|stroll|eas|glid)(?:ed|t|s|es)?\s+(?:home\b|(?:back\s+)?to\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:victory|win|term|re-election)\b)")]
    private static partial Regex VictoryVerb();

    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:won|wins|winning|took|secured|securing|held|holds|retained|gained|captured)\s+(?:on\s+to\s+)?(?:a\s+|the\s+|his\s+|her\s+)?(?:(?:second|third|fourth|fifth|fresh|new|historic|comfortable|narrow)\s+)?(?:[A-Z][\w’'-]*(?:\s(?:&\s|and\s|upon\s|of\s)?[A-Z][\w’'-]*)*\s+(?=seat\b|by-election\b)|(?:(?:19|20)\d\d\s+)?(?:[A-Z][A-Za-z.]*\s+){0,2}(?:presidential|general|parliamentary|national)\s+(?=election\b))?(?:term|seat|election|by-election|contest|race|mayoralty|re-election|majority)\b")]
    private static partial Regex WonOffice();

    [GeneratedRegex(@"(?<p>" + P + @")(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:victory|win|re-election)\b")]
    private static partial Regex PossessiveVictory();

    [GeneratedRegex(@"\b(?:re-?election|victory)\s+of\s+" + Label + "(?<p>" + P + ")")]
    private static partial Regex VictoryOf();

    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:" + Owners.Beat + @"|ousted|ousting|unseated|unseating)\s+" + Label + P)]
    private static partial Regex BeatActive();

    [GeneratedRegex(@"\b(?:" + Owners.Beat + @"|ousted|ousting|unseated|unseating|(?:victory|win|margin)\s+(?:[\w-]+\s+){0,2}?over)\s+" + Label + "(?<p>" + P + ")")]
    private static partial Regex Beaten();

    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:was|had\s+been|has\s+been|were)\s+(?:defeated|beaten|ousted|unseated)\b")]
    private static partial Regex DefeatedPassive();

    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:lost|loses)\s+(?:the\s+|his\s+|her\s+)?(?:seat|election|by-election|contest|race)\b")]
    private static partial Regex LostContest();

    [GeneratedRegex(@"(?<p>" + P + @")\s+came\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)\b")]
    private static partial Regex CamePlace();

    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:won|got|polled|received)\s+(?:more|(?<fewer>fewer))\s+votes\s+than\s+" + Label + "(?<other>" + P + ")")]
    private static partial Regex MoreVotesThan();

    [GeneratedRegex(@"\bcame\s+(?:first|second|third|fourth|fifth|sixth)\s+ahead\s+of\s+" + Label + "(?<p>" + P + ")")]
    private static partial Regex AheadOf();

    [GeneratedRegex(@"\b(?:" + Parties.Names + @")(?:'s|’s|s’|’|')?\s+(?:(?:mayoral|parliamentary)\s+)?(?:candidate|challenger)\s+(?<p>" + P + ")")]
    private static partial Regex CandidateLabel();

    /// <summary>"Mr Burnham left Westminster to become Mayor of Greater Manchester": an elected office taken up.</summary>
    [GeneratedRegex(@"(?<p>" + P + ")" + Gap + @"\s(?:became|become|becoming)\s+(?:the\s+)?(?:first\s+)?(?:[Mm]ayor|MP|MSP|MS|AM|MEP)\b")]
    private static partial Regex BecameOffice();

    [GeneratedRegex(@"\b(?:(?:those\s+)?(?:losing|lost)\s+out|(?:the\s+)?losers|(?:the\s+)?defeated\s+candidates)\s+(?:\w+\s+){0,2}?(?:include[sd]?|were|was|are)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LosersList();

    [GeneratedRegex(@"\s[–—]\s|;|,\s+who\b|\bwho\b")]
    private static partial Regex ListEnd();
}
