using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A pair told again in the same sentence, in other units, with no names of its own.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>The owned figures of the sentence being read, in the order they were read.</summary>
    private readonly List<(ArticleSentence Sentence, RawFigure Raw, string? Person, string? Party)> ownedInSentence = [];

    /// <summary>The owned figures of the last sentence before the one being read that had any.</summary>
    private List<(ArticleSentence Sentence, RawFigure Raw, string? Person, string? Party)> ownedBefore = [];

    private void RememberOwner(ArticleSentence s, RawFigure raw, string? person, string? party)
    {
        if (person is null && party is null) return;
        if (ownedInSentence.Count > 0 && !ReferenceEquals(ownedInSentence[0].Sentence, s))
        {
            ownedBefore = [.. ownedInSentence];
            ownedInSentence.Clear();
        }
        ownedInSentence.Add((s, raw, person, party));
    }

    /// <summary>"had 1,310,143 votes to Mr Goldsmith's 994,614, a win by 56.8% to 43.2%", "..., a final split of 56.8% to
    /// 43.2%": a pair set off by a comma that names nobody is of the same ones as the figures before it in the sentence,
    /// in the same order, when they are as many.</summary>
    private (string? Person, string? Party)? EarlierOwners(ArticleSentence s, RawFigure raw)
    {
        if (raw.ListIndex < 0) return null;
        var before = ownedInSentence.Where(o => ReferenceEquals(o.Sentence, s) && o.Raw.End <= raw.ListStart).ToList();
        if (before.Count == 0) return null;
        // One owner once, though read with its party on one figure and without on another.
        var owners = before.OrderBy(o => o.Raw.Position).Select(o => (o.Person, o.Party)).DistinctBy(o => o.Person ?? o.Party).ToList();
        // Set off from them by a comma, naming nobody but them ("44.8 per cent for the Conservative candidate Shaun
        // Bailey, with 1,206,034 votes against 977,601").
        var (text, from) = (s.Tokenised, before.Max(o => o.Raw.End));
        if (!text.AsSpan(from, raw.ListStart - from).Contains(',') || Pronoun().IsMatch(text[from..raw.ListStart])) return null;
        var people = ArticleSentence.PersonToken().Matches(text[..raw.ListStart], from);
        if (people.Any(t => !owners.Any(o => o.Person == s.PersonAt(t)))) return null;
        // A party's name is a label of the person after it, or one of them.
        if (Parties.Mention().Matches(text[..raw.ListStart], from).Any(p => !owners.Any(o => o.Party == Parties.Canonical(p.Groups["party"].Value))
                && !people.Any(t => t.Index > p.Index && t.Index - p.Index < p.Length + 25))) return null;
        return owners.Count == raw.ListCount ? owners[raw.ListIndex] : null;
    }

    /// <summary>"... had 1,310,143 votes to Mr Goldsmith's 994,614. On first preferences he led by 44.2 per cent to 35 per
    /// cent": a pair that names nobody, in the sentence right after one whose last pair was two people's, is theirs in the
    /// same order. Not when anyone else, or a party, is named before it.</summary>
    private (string? Person, string? Party)? PairBefore(ArticleSentence s, RawFigure raw, int clauseStart)
    {
        if (raw.ListCount != 2 || raw.ListIndex is not (0 or 1)) return null;
        var at = Enumerable.Range(0, sentences.Count).FirstOrDefault(i => ReferenceEquals(sentences[i], s), -1);
        if (at <= 0) return null;
        var pair = ownedInSentence.Concat(ownedBefore).Where(o => ReferenceEquals(o.Sentence, sentences[at - 1]) && o.Raw.ListCount == 2 && o.Person is not null)
            .GroupBy(o => o.Raw.ListStart).Select(g => g.OrderBy(o => o.Raw.ListIndex).Select(o => o.Person!).Distinct().ToList())
            .LastOrDefault(people => people.Count == 2);
        if (pair is null) return null;
        var text = s.Tokenised;
        if (ArticleSentence.PersonToken().Matches(text[..raw.ListStart]).Any(t => !pair.Contains(s.PersonAt(t)))
            || Parties.Mention().IsMatch(text[clauseStart..raw.ListStart])) return null;
        return (pair[raw.ListIndex], null);
    }

    /// <summary>"17.4 million votes for Leave and 16.1 million for Remain, a margin of about 1.3 million": a margin set off
    /// by a comma after the counts it is the difference of, naming nobody, is the largest count's.</summary>
    private (string? Person, string? Party)? LargestCountBefore(ArticleSentence s, RawFigure raw)
    {
        if (raw.Kind != FigureKind.Majority || !MarginAfterCounts().IsMatch(s.Tokenised[..raw.Position])) return null;
        var counts = ownedInSentence.Where(o => ReferenceEquals(o.Sentence, s) && o.Raw.Kind == FigureKind.Votes && o.Raw.End <= raw.Position).ToList();
        if (counts.Select(o => (o.Person, o.Party)).Distinct().Count() < 2) return null;
        var top = counts.MaxBy(o => o.Raw.Value.Value);
        return (top.Person, top.Party);
    }

    [GeneratedRegex(@"\d[^.;:⟦]*[,:]\s+(?:a|the|giving\s+(?:\w+\s+){0,2}a|with\s+a)\s+(?:(?:winning|narrow|slim|comfortable|huge|large|clear)\s+)?(?:margin|majority)\s+of\s+(?:(?:just|only|a\s+mere)\s+)?(?:(?:" + NewsNumber.Qualifiers + @")\s+)?$")]
    private static partial Regex MarginAfterCounts();

    [GeneratedRegex(@"\b(?:he|she|they|his|her|their|He|She|They|His|Her|Their)\b")]
    private static partial Regex Pronoun();
}
