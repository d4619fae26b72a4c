using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Seats told with their unit left out, right after a sentence that gave a party's seats: "The Conservatives
/// won 306 seats. Labour took 258 and the Liberal Democrats 57."</summary>
internal sealed partial class ArticleReading
{
    /// <summary>The last sentence that kept a party's seats, its paragraph, and the contest they were filed
    /// under.</summary>
    private (int Sentence, int Paragraph, string Slug)? lastSeats;

    /// <summary>The sentence whose bare list of seats was read: a list of that form is a result by its form, as a result
    /// line is, whether or not a verb of one is written ("the following make-up: Labour 11, ...").</summary>
    private int elidedSeatsSentence = -1;

    private bool ElidedSeatsRead(int index) => index == elidedSeatsSentence;

    private IReadOnlyList<RawFigure> WithElidedSeats(int index, ArticleSentence s, IReadOnlyList<RawFigure> raws)
    {
        // "Labour won 59 of London's 75 seats, leaving the Conservatives with nine and the Liberal Democrats with six".
        if (raws.Any(r => r.Kind == FigureKind.Seats) && s.Tokenised.Contains("leaving", StringComparison.Ordinal)
            && LeftWith().Match(s.Tokenised) is { Success: true } left && left.Index > raws.Where(r => r.Kind == FigureKind.Seats).Max(r => r.End))
            return raws.Concat(Counts(left)).OrderBy(r => r.Position).ToList();
        if (!s.Cues.Party || raws.Any(r => r.Kind != FigureKind.Position) || ElidedSeats().Match(s.Tokenised) is not { Success: true } m) return raws;
        // A list after a colon that names the seats ("the following make-up: Labour 11, ...") needs no sentence before it.
        var afterSeats = lastSeats is { } last && last.Sentence == index - 1 && s.Paragraph - last.Paragraph <= 1;
        if (!afterSeats && !m.Groups["colon"].Success || m.Groups["ahead"].Success && !ExitPollBefore(index)) return raws;
        var elided = Counts(m);
        if (elided.Count > 0) elidedSeatsSentence = index;
        return raws.Concat(elided).OrderBy(r => r.Position).ToList();
    }

    /// <summary>Each party's bare count of a match with groups party and n, as seats.</summary>
    private static List<RawFigure> Counts(Match m)
    {
        var parties = m.Groups["party"].Captures;
        var numbers = m.Groups["n"].Captures;
        var counts = new List<RawFigure>();
        for (var i = 0; i < numbers.Count; i++)
            if (NewsNumber.Parse(numbers[i].Value) is { } seats)
                counts.Add(new RawFigure(FigureKind.Seats, seats, numbers[i].Index, numbers[i].Index + numbers[i].Length) { ListParty = Parties.Canonical(parties[i].Value) });
        return counts;
    }

    /// <summary>", leaving the Conservatives with nine and the Liberal Democrats with six", after seats won.</summary>
    [GeneratedRegex(@",\s+leaving\s+(?:the\s+)?(?<party>" + Parties.Names + @")\s+with\s+(?:(?:just|only)\s+)?(?<n>" + SmallNumber + @")(?:\s+seats)?(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?(?<party>" + Parties.Names + @")\s+with\s+(?:(?:just|only)\s+)?(?<n>" + SmallNumber + @"))*")]
    private static partial Regex LeftWith();

    /// <summary>True when the sentence before this one gave an exit poll's figures.</summary>
    private bool ExitPollBefore(int index)
    {
        if (index == 0) return false;
        var k = figures.Count - 1;
        while (k >= 0 && figures[k].Source == sentences[index].Source) k--;
        return k >= 0 && figures[k].Status == FigureStatus.ExitPoll && figures[k].Source == sentences[index - 1].Source;
    }

    private void RememberSeats(int index, ArticleSentence s, RawFigure raw, string slug, string? party)
    {
        if (raw.Kind == FigureKind.Seats && party is not null) lastSeats = (index, s.Paragraph, slug);
    }

    /// <summary>"Labour took control of Trafford council in Thursday's local elections, winning 33 seats. The
    /// Conservatives were left with 21": seats told with their unit left out, right after a council's, are that
    /// council's, not the round's the sentence would otherwise fall to (the round stays in view for councils named
    /// later).</summary>
    private string? ContinuedSeats(int index, List<Placed> placed, RawFigure raw, string? slug) =>
        ElidedSeatsRead(index) && raw.Kind == FigureKind.Seats && !placed.Any(p => p.Slug is not null)
            && lastSeats is { } last && last.Sentence >= index - 1 && slug is not null && registry.ParentOf(last.Slug) == slug ? last.Slug : slug;

    /// <summary>A whole sentence of parties and bare numbers: "Labour took 258 and the Liberal Democrats 57", "The
    /// Conservatives won nine, the Greens three and the Liberal Democrats two", "the Greens held their three and the Liberal
    /// Democrats their two", "The Conservatives fell from nine to eight" (the second number is the new count). With no
    /// verb, after a colon whose clause names the seats ("the following make-up: Labour 11, Conservatives eight and Greens
    /// three") or after "it was" ("In 2021 it was Labour 11, Conservatives nine"). A clause may close it (", while ...").</summary>
    [GeneratedRegex(@"^(?:(?<colon>[^:]*?\b(?:make-up|composition|seats|members|councillors|constituencies|state\s+of\s+the\s+parties)\b[^:]*:\s*)(?<lead>)|\W*(?:In\s+(?:19|20)\d\d,?\s+)?(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:was|is|had\s+been|stood\s+at)\s+(?<lead>)|\W*)"
        + Item + @"(?:(?:\s*,\s*(?:and\s+|while\s+)?|,?\s+(?:and|while)\s+)" + LaterItem + @")*"
        // "... and Reform one": a last count whose party the list of parties does not know is left unread.
        + @"(?:,?\s+and\s+\p{Lu}[\w’'-]*(?:\s+\p{Lu}[\w’'-]*)?\s+(?:" + SmallNumber + @"))?"
        + @"(?:\s*,\s*(?:while|whereas|although|though|but|as|leaving|with)\b[^.;]*)?\s*[.;]?\s*$")]
    private static partial Regex ElidedSeats();

    /// <summary>"Labour is forecast to take 255", after an exit poll's seats: a forecast's verbs (group ahead).</summary>
    private const string Verb = @"(?:(?<ahead>(?:is|are)\s+(?:forecast|projected|predicted|expected)\s+to\s+(?:take|win|get|have)|will\s+(?:take|win|get|have))\s+|(?:(?:has|have|had)\s+)?(?:won|took|got|gained|secured|returned|held|kept|retained|ended\s+(?:up\s+)?with|finished\s+with|(?:was|were)\s+left\s+with|(?:fell|dropped|slipped|slumped|sank)\s+(?:back\s+)?to)\s+)";

    /// <summary>"fell from nine to eight", "dropped back from 12 to ten": the count before, then the count now.</summary>
    private const string Change = @"(?:fell|dropped|slipped|slumped|rose|climbed|went)\s+(?:back\s+)?from\s+(?:" + SmallNumber + @")\s+to\s+";

    private const string Count = @"(?:(?:just|only)\s+)?(?:(?:their|its)\s+)?(?<n>" + SmallNumber + @")(?:\s+(?:seats|members|councillors|MPs|MSPs|AMs|MEPs)\b)?";

    /// <summary>The first party and its count: with a verb, unless a colon or "it was" led in.</summary>
    private const string Item = @"(?:[Tt]he\s+)?(?<party>" + Parties.Names + @")(?:,\s+[^,;:]{1,50},)?\s+(?(lead)(?:" + Verb + "|" + Change + ")?|(?:" + Verb + "|" + Change + "))" + Count;

    /// <summary>A later party and its count, the verb written once before it or its own; or "with" or "on" its count, as
    /// after "were left with 21" ("and the Liberal Democrats with 5").</summary>
    private const string LaterItem = @"(?:the\s+)?(?<party>" + Parties.Names + @")\s+(?:" + Verb + "|" + Change + @"|(?:with|on)\s+)?" + Count;

    /// <summary>A count of seats as a bare number: digits or a word, no thousands, no share.</summary>
    private const string SmallNumber = @"\d{1,3}(?!\d|[.,]\d|\s?%|\s?per\s+cent)|" + NewsNumber.Written + @"\b";
}
