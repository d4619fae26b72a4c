using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal static partial class OrganisationElections
{
    /// <summary>
    /// A student paper's report of its union's own vote often names it by no body at all: "Winners of leadership
    /// elections revealed", "Summer election results announced", "Medics elect new president". In an article that
    /// names no election of any kind, whose opening (headline, standfirst, first paragraph) speaks of an election and
    /// whose sentences speak of a union and its offices more often than of Westminster or another country, the
    /// opening's election words are the body's own vote. A party's or a country's contest is named as such somewhere,
    /// and then this reading is never made.
    /// </summary>
    private static void AnchorUnnamedBodyElection(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors,
        Func<int, Func<int, int?>> yearNear)
    {
        // "the election" alone is read as Westminster's only for want of anything better: it stands aside here.
        if (anchors.Any(a => a.Any(x => !x.Bare))) return;
        int body = 0, other = 0;
        var openedOnBody = false;
        foreach (var s in sentences)
        {
            var isBody = BodyCue().IsMatch(s.Tokenised) || StudentsVote().IsMatch(s.Tokenised);
            if (isBody) body++;
            if (isBody && s.Paragraph < 1 && OpeningElectionWord().IsMatch(s.Tokenised)) openedOnBody = true;
            // A word of Westminster anywhere, a UK party, or a referendum: students and the country's vote, or a
            // union's referendum, which this reading would take for the union's elections.
            if (TextCues.Westminster().IsMatch(s.Tokenised) || s.Tokenised.Contains("eferend", StringComparison.Ordinal)) return;
            if (TextCues.ForeignCountry().IsMatch(s.Tokenised) || TextCues.UkNamed().IsMatch(s.Tokenised)) other++;
        }
        if (!(body >= MinimumBodySentences || openedOnBody) || body <= other) return;
        var opening = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Paragraph < 1).ToList();
        if (opening.Any(i => PublicVote().IsMatch(sentences[i].Tokenised))) return;
        // "Medics elect new president. NMSU has elected …": the body the opening names, else the article's union.
        var named = opening.SelectMany(i => BodyName().Matches(sentences[i].Tokenised)).Select(m => Body(m.Groups["body"].Value))
            .FirstOrDefault(b => b is not null) ?? UnnamedUnion;
        foreach (var i in opening)
        {
            var text = sentences[i].Tokenised;
            var found = new ElectionRecogniser.Anchors(text, yearNear(i));
            foreach (Match m in OpeningElectionWord().Matches(text))
                if (!AnyBodysElections().IsMatch(text[..m.Index])) found.Add(m.Index, m.Index + m.Length, ElectionKind.Organisation, named, true);
            if (found.Sorted() is { Count: > 0 } more) anchors[i] = more;
            else if (anchors[i].Count > 0) anchors[i] = [];
        }
    }

    /// <summary>The fewest sentences that must speak of a union or its offices: one mention is an aside.</summary>
    private const int MinimumBodySentences = 2;

    /// <summary>Class: a students' union and the offices only its own vote fills. Reason: these name a body's election
    /// where the paper leaves the body unnamed; "Union" after a group of states ("the European Union") is no such body.</summary>
    [GeneratedRegex(@"(?<!\b(?:European|Soviet|African|Customs|Monetary|Economic|Rugby)\s)\bUnion\b|\b[Ss]tudents?['’]?\s+[Uu]nion\b|\b(?!(?:EU|AU|CDU|CSU)\b)[A-Z]{1,5}S?U\b|\b[Ss]abbatical|\bDeputy\s+President\b|\bCouncil\s+Chair\b|\b(?:academic|course|year|department(?:al)?|faculty)\s+rep(?:s|resentatives?)?\b|\bRON\b|\b[Hh]ustings\b|\b[Rr]e-?[Oo]pen\s+[Nn]ominations\b")]
    private static partial Regex BodyCue();

    /// <summary>Students voting ("Only 9% of students voted", "8,123 students casting a vote"): the electorate of a
    /// union's vote; in a public election students are some voters among many, and that election is named.</summary>
    [GeneratedRegex(@"\bstudents\s+(?:\w+\s+){0,2}?(?:voted|vote|voting|cast|casting|took\s+part)\b|\bof\s+(?:all\s+)?students\s+(?:voted|voting|turned\s+out)\b")]
    private static partial Regex StudentsVote();

    [GeneratedRegex(NamedBody)]
    private static partial Regex BodyName();

    /// <summary>Class: what only a public vote asks of a voter or counts in, and a university's own office (its rector).
    /// Reason: "The Union is urging students to register to vote before the election" is about the country's election,
    /// "Students elect broadcaster as rector" about the university's, not the union's.</summary>
    [GeneratedRegex(@"\bregist(?:er|ered|ering|ration)\s+(?:\w+\s+){0,2}?(?:to\s+)?vot|\bvoter\s+registration\b|\belectoral\s+(?:roll|register)\b|\bwards?\b|\b(?:city|borough|county|district|town|parish)\s+council\b|\bby-elections?\b|\bpolling\s+(?:stations?|cards?)\b|\bpostal\s+votes?\b|\bconstituenc(?:y|ies)\b|\bcouncillors?\b|\brectors?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublicVote();

    /// <summary>"to cover union elections", "student elections are": every body's elections, a class, not one vote.</summary>
    [GeneratedRegex(@"(?<!\b(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir|[Oo]ur|year['’]s)\s+)\b(?:union|student|students['’]?)\s+$")]
    private static partial Regex AnyBodysElections();

    /// <summary>"elections", "the election", "hustings", "elect", "elected": the vote the opening reports ("has elected to
    /// support the strike" is a choice, not a vote for an office).</summary>
    [GeneratedRegex(@"\b(?:[Ee]lections?|[Hh]ustings|[Ee]lect(?:s|ed)?)\b(?!\s+to\s+(?!(?:the|a|an|its|their|be|serve|office|lead|represent)\b)[a-z])")]
    private static partial Regex OpeningElectionWord();
}
