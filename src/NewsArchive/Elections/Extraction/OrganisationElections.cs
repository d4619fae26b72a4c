using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// A body's own vote: a students' union electing its officers, a society or a club its committee ("the Union's
/// Leadership Elections", "the RCSU elections", "the Students' Union sabbatical elections", "hustings for the
/// Chess Society"). The body is the area. A union named only as "the Union" is the one union the article names
/// in full; and in an article whose opening is about a body's elections, "the elections" and "last year's
/// elections" are that body's.
/// </summary>
internal static partial class OrganisationElections
{
    /// <summary>What "the Union" or "the Students' Union" stands for until the article names one in full.</summary>
    public const string UnnamedUnion = "Students' Union";

    public static void Find(string sentence, ElectionRecogniser.Anchors found)
    {
        FindVotes(sentence, found);
        if (!SentenceCues.HasAny(sentence, "lection", "ustings", "lected", "race", "contest")) return;
        foreach (var regex in new[] { BodyElection(), ElectionOfBody(), OfficerRace() })
            foreach (Match m in regex.Matches(sentence))
                if (Body(m.Groups["body"].Value) is { } body) found.Add(m.Index, m.Index + m.Length, ElectionKind.Organisation, body, true, year: YearIn(sentence, m));
        // "the sabbatical elections": a union's officers, whichever union that is.
        foreach (Match m in OfficerElection().Matches(sentence))
            if (!found.Covers(m.Index)) found.Add(m.Index, m.Index + m.Length, ElectionKind.Organisation, UnnamedUnion, true);
        // "the Big Elections 2013", "the Summer Elections": a round a union names as its own, the union's.
        foreach (Match m in NamedRound().Matches(sentence))
            if (!found.Covers(m.Index) && !Parties.Mention().IsMatch(sentence[Math.Max(0, m.Index - 25)..m.Index]))
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Organisation, UnnamedUnion, true,
                    year: m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>A year written with the body's name ("the 2016 Students' Union elections", "Union 2016 elections").</summary>
    private static int? YearIn(string sentence, Match m)
    {
        var year = WrittenYear().Match(sentence[Math.Max(0, m.Index - 6)..(m.Index + m.Length)]);
        return year.Success ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The body as the area of its election: "the Union" is <see cref="UnnamedUnion"/>; a union of states
    /// or a party ("the European Union", "the Conservative Association") holds no election of this kind.</summary>
    private static string? Body(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "The" or "the" or "A" or "An" or "This" or "Last" or "Next" or "In" or "At" or "For" or "Both") words.RemoveAt(0);
        var body = string.Join(' ', words);
        if (words.Any(w => NotBody().IsMatch(w)) || Parties.Mention().IsMatch(body)) return null;
        // "Imperial’s Union" is the union of a place the article names; "Club" alone names no club.
        if (words is ["Union"] || UnionOnly().IsMatch(body) || (words.Count > 1 && Possessive().IsMatch(words[^2]) && words[^1] == "Union")) return UnnamedUnion;
        return words.Count == 1 && !Acronym().IsMatch(body) ? null : body;
    }

    /// <summary>Names "the Union" by the union the article names in full most often, and an acronym ("ICU") by the
    /// body whose initials it is ("Imperial College Union"); then reads "the elections" in an article whose
    /// opening is about a body's elections as that body's.</summary>
    public static void InArticle(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors, Func<int, Func<int, int?>> yearNear)
    {
        AnchorUnnamedBodyElection(sentences, anchors, yearNear);
        if (!anchors.Any(a => a.Any(x => x.Kind == ElectionKind.Organisation))) return;
        // Most often named first, and of those named as often, the first named: an article names its own union first.
        var named = sentences.SelectMany(s => FullBody().Matches(s.Tokenised)).Select(m => Body(m.Value)).OfType<string>()
            .Where(b => b != UnnamedUnion).GroupBy(b => b).OrderByDescending(g => g.Count()).ToList();
        var main = named.FirstOrDefault(g => g.Key.EndsWith("Union", StringComparison.Ordinal) || g.Key.Contains(" Union of ", StringComparison.Ordinal))?.Key;
        string Resolve(string area) =>
            area == UnnamedUnion ? main ?? area
            : Acronym().IsMatch(area) ? named.Select(g => g.Key).FirstOrDefault(b => Initials(b) == area) ?? area
            : area;
        for (var i = 0; i < anchors.Count; i++)
            if (anchors[i].Any(a => a.Kind == ElectionKind.Organisation))
                anchors[i] = anchors[i].Select(a => a.Kind == ElectionKind.Organisation ? a with { Area = Resolve(a.Area) } : a).ToList();
        var bodyVote = BodyVoteInArticle(sentences);
        var opening = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Paragraph < 1).SelectMany(i => anchors[i])
            .Where(a => a.Explicit && !(bodyVote && a.Bare && a.Kind == ElectionKind.Referendum)).ToList();
        if (opening.Select(a => (a.Kind, a.Area)).Distinct().ToList() is not [(ElectionKind.Organisation, var topic)]) return;
        AnchorVotesOfTopic(sentences, anchors, yearNear, topic);
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Tokenised;
            if (!text.Contains("lection", StringComparison.Ordinal) || TextCues.Westminster().IsMatch(text) || TextCues.ForeignCountry().IsMatch(text)) continue;
            var found = new ElectionRecogniser.Anchors(text, yearNear(i));
            foreach (Match m in TheElections().Matches(text))
            {
                // Anchored on the word "elections", so "last year's" before it dates it.
                var word = m.Groups["w"];
                if (!anchors[i].Any(a => a.Position >= m.Index && a.Position < m.Index + m.Length)) found.Add(word.Index, m.Index + m.Length, ElectionKind.Organisation, topic, true);
            }
            if (found.Sorted() is { Count: > 0 } more) anchors[i] = [.. anchors[i].Concat(more).OrderBy(a => a.Position)];
        }
    }

    /// <summary>Class: heads of the names of bodies that elect their own officers. Reason: "X Union elections",
    /// "the Chess Society's elections" name a body's internal vote, not a public one.</summary>
    private const string Head = @"(?:Union|Society|Club|Association|Guild)";

    /// <summary>Whose body it is, after its head: "of Students" in "National Union of Students", "of Students in
    /// Ireland".</summary>
    private const string OfMembers = @"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:in\s+)?[A-Z][\w’'-]*){0,2})?";

    /// <summary>A named body ("Imperial College Union", "the Students’ Union", "Finance Society") or a union's
    /// acronym ("RCSU", "ICU": capitals ending in U).</summary>
    private const string NamedBody = @"(?<body>(?<![\w’'-])(?:[A-Z][\w’'&-]*\s+){0,4}?(?:Students?['’]?\s+)?" + Head + OfMembers + @"|(?<![\w-])[A-Z]{1,5}S?U)(?![\w-])";

    /// <summary>A race for, or a win of, a body's own office: "the race to become the next Union President", "was
    /// elected ICU Deputy President".</summary>
    [GeneratedRegex(@"\b(?:(?:race|contest|battle|bid)\s+(?:to\s+(?:become|be)\s+(?:the\s+)?(?:next\s+|new\s+)?|for\s+(?:the\s+)?)|(?:re-?elected|elected|chosen)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?)" + NamedBody + @"\s+(?:Deputy\s+)?President\b")]
    private static partial Regex OfficerRace();

    /// <summary>Words that may stand between a body and "elections": the round or the posts ("Leadership",
    /// "Big", "Sabbatical and Student Trustee").</summary>
    private const string Round = @"(?:(?:[A-Z][\w-]*|sabbatical|leadership|officers?|committee|trustee|executive|autumn|spring|annual|(?:19|20)\d\d)\s+(?:and\s+)?){0,4}";

    [GeneratedRegex(NamedBody + @"(?:['’]s?)?\s+" + Round + @"(?:[Ee]lections?|[Hh]ustings|[Bb]y-elections?)\b")]
    private static partial Regex BodyElection();

    [GeneratedRegex(@"\b(?:[Ee]lections?|[Hh]ustings)\s+(?:for|to|of|in)\s+(?:the\s+)?(?:" + Round + @"(?:posts?|positions?|roles?|officers?)\s+(?:of|in|on)\s+(?:the\s+)?)?" + NamedBody)]
    private static partial Regex ElectionOfBody();

    [GeneratedRegex(@"\b[Ss]abbatical\s+(?:(?:and|officer|officers|team|student|trustee|Student|Trustee)\s+){0,4}(?:[Ee]lections?|[Hh]ustings)\b")]
    private static partial Regex OfficerElection();

    /// <summary>Class: the capitalised names students' unions and societies give the rounds of their own polls
    /// ("the Big Elections 2013", "the Summer Elections", "Leadership Elections"). Reason: a public election is
    /// named by its body or office (general, European, mayoral), never by a season or its size.</summary>
    [GeneratedRegex(@"\b(?:Big|Summer|Spring|Autumn|Winter|Leadership|Sabbatical|Officer|Trustee|Annual|Executive|Committee)\s+(?:(?:and|Officer|Trustee|Student)\s+){0,3}Elections?\b(?:\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex NamedRound();

    /// <summary>Unions of states and parties called unions (EU, CDU): their elections are public ones.</summary>
    [GeneratedRegex(@"^(?:European|Soviet|African|Customs|Monetary|Economic|EU|CDU|CSU)$")]
    private static partial Regex NotBody();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex WrittenYear();

    [GeneratedRegex(@"^(?:Students?['’]?\s+)?Union$")]
    private static partial Regex UnionOnly();

    /// <summary>A body named in full: capitalised words (with "of" and "and" between them) before its head, and
    /// whose members it is "of" after it ("National Union of Students", "Union of Students in Ireland").</summary>
    [GeneratedRegex(@"(?<![\w’'-])[A-Z][\w’'&-]*\s+(?:(?:of\s+|and\s+|&\s+)?[A-Z][\w’'&-]*\s+){0,4}(?:Students?['’]?\s+)?" + Head + @"\b" + OfMembers)]
    private static partial Regex FullBody();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex Acronym();

    /// <summary>"Royal College of Science Union" is RCSU: the capitals of its words.</summary>
    private static string Initials(string body) =>
        string.Concat(body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>"the elections", "this year's elections", "the 2016 Elections", "last year’s elections", "the leadership
    /// elections" (a round named in lower case).</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]hese|[Tt]his|[Ll]ast|[Tt]heir|[Ii]ts|year['’]s|(?:19|20)\d\d)\s+(?:(?:19|20)\d\d\s+)?(?:(?:leadership|sabbatical|officer|summer|spring|autumn|winter)\s+)?(?<w>[Ee]lections?)\b(?!\s+(?:of|for|to)\b)")]
    private static partial Regex TheElections();
}
