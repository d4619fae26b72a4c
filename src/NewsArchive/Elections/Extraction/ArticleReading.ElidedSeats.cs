using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Seats told with their unit left out, right after a sentence that gave a party's seats: "The Conservatives
/// won 306 seats. Labour took 258 and the Liberal Democrats 57."</summary>
internal sealed partial class ArticleReading
{
    /// <summary>The last sentence that kept a party's seats, and its paragraph.</summary>
    private (int Sentence, int Paragraph)? lastSeats;

    private IReadOnlyList<RawFigure> WithElidedSeats(int index, ArticleSentence s, IReadOnlyList<RawFigure> raws)
    {
        if (lastSeats is not { } last || last.Sentence != index - 1 || s.Paragraph - last.Paragraph > 1 || !s.Cues.Party
            || raws.Any(r => r.Kind != FigureKind.Position) || ElidedSeats().Match(s.Tokenised) is not { Success: true } m) return raws;
        var parties = m.Groups["party"].Captures;
        var numbers = m.Groups["n"].Captures;
        var elided = new List<RawFigure>();
        for (var i = 0; i < numbers.Count; i++)
            if (NewsNumber.Parse(numbers[i].Value) is { } seats)
                elided.Add(new RawFigure(FigureKind.Seats, seats, numbers[i].Index, numbers[i].Index + numbers[i].Length) { ListParty = Parties.Canonical(parties[i].Value) });
        return raws.Concat(elided).OrderBy(r => r.Position).ToList();
    }

    private void RememberSeats(int index, ArticleSentence s, RawFigure raw, string? party)
    {
        if (raw.Kind == FigureKind.Seats && party is not null) lastSeats = (index, s.Paragraph);
    }

    /// <summary>A whole sentence of parties and bare numbers: "Labour took 258 and the Liberal Democrats 57", "The
    /// Conservatives won nine, the Greens three and the Liberal Democrats two", "Plaid Cymru won 12 and UKIP seven".</summary>
    [GeneratedRegex(@"^\W*(?:[Tt]he\s+)?(?<party>" + Parties.Names + @")\s+(?:(?:has|have|had)\s+)?(?:won|took|got|gained|secured|returned|ended\s+(?:up\s+)?with|finished\s+with|(?:was|were)\s+left\s+with)\s+(?:(?:just|only)\s+)?(?<n>" + SmallNumber + @")(?:(?:\s*,\s*(?:and\s+|while\s+)?|,?\s+(?:and|while)\s+)(?:the\s+)?(?<party>" + Parties.Names + @")\s+(?:(?:just|only)\s+)?(?<n>" + SmallNumber + @"))*\s*[.;]?\s*$")]
    private static partial Regex ElidedSeats();

    /// <summary>A count of seats as a bare number: digits or a word, no thousands, no share.</summary>
    private const string SmallNumber = @"\d{1,3}(?!\d|[.,]\d|\s?%|\s?per\s+cent)|" + NewsNumber.Written + @"\b";
}
