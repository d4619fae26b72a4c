using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Whom a sentence is about, for a "he" or "she" that opens the next: the person its main clause opens on,
/// after any opening of time or place ("Today Boris Johnson becomes", "In the first round two weeks ago, contested by
/// 12 candidates, he topped the poll") or a clause set before it ("Unlike four years ago, when he lost to Al Gore,
/// Mr Bush can").</summary>
internal static partial class SentenceSubjects
{
    /// <summary>A time said before the subject with no comma: "Today", "Last night", "This week", "On Saturday in
    /// Liverpool".</summary>
    private const string Time = @"(?:Today|Yesterday|Tonight|Last\s+night|This\s+(?:week|month|year|time|morning|evening)"
        + @"|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:in|at)\s+\p{Lu}[\w-]+)?)\s+";

    /// <summary>A time before the report's ("Last September", "Last year"): it may open a sentence on its subject, but a
    /// pronoun after it tells of an earlier contest than the one in view, so does not stand for the subject there.</summary>
    private const string TimeBefore = @"(?:Last|Earlier)\s+(?:\p{Lu}\w+|week|month|year|spring|summer|autumn|winter)\s+";

    /// <summary>The person whose name the sentence's main clause opens on, if any.</summary>
    public static string? Of(ArticleSentence s)
    {
        var text = s.Tokenised;
        foreach (Match token in ArticleSentence.PersonToken().Matches(text))
        {
            var before = text[..token.Index];
            if (Opening().IsMatch(before) || (ClauseBefore().IsMatch(before) && !Possessive().IsMatch(text, token.Index + token.Length))) return s.PersonAt(token);
        }
        return null;
    }

    /// <summary>"He took 51% of the votes, against 48% for Mr Kerry, and his total of more than 59 million": a later clause's
    /// "his" or "her" before a count is the sentence's subject's, not the one named last as an object.</summary>
    public static bool SubjectsOwn(string text, RawFigure figure) => OwnCount().IsMatch(text[..figure.Position]);

    /// <summary>A sentence whose subject is "he" or "she", after an opening time or place if any ("In the first round he
    /// had polled", "But she won", "This time she won"), or whose figure is theirs ("His majority of 4,478").</summary>
    [GeneratedRegex(@"^\W*(?:(?:But|And|Yet|Then)\s+)?(?:" + Time + @"|(?:In|At|After|On|By)\s+(?:(?:the\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+,?|[^,;:⟦⟧""“”]{1,60},)\s+(?:[\w’'-]+\s[^,;:⟦⟧""“”]{0,50},\s+)?)?(?:(?:[Hh]e|[Ss]he)\b(?!['’])|(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+)?(?:majority|share|vote|tally|total|margin)\b)")]
    public static partial Regex StartsWithPronoun();

    /// <summary>What may open a sentence before the person it is about: "But", "Labour's", "Conservative candidate", an
    /// office set before the name ("The Mayor of London, "), a time ("Today "), an opening clause of time or place set
    /// off by a comma ("After second preferences were counted, Mr Khan ... had").</summary>
    [GeneratedRegex(@"^\W*(?:(?:But|And|However|Meanwhile|Now|Then|So|Also),?\s+)?(?:" + Time + "|" + TimeBefore + @")?(?:(?:After|When|Once|On|In|At|By)\s+[^,;:⟦⟧""“”]{1,60},\s+)?(?:[Tt]he\s+(?:\p{Lu}[\w-]*\s+){1,3}(?:(?:of|for)\s+(?:the\s+)?\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)?)?,\s+)?(?:(?:the\s+)?(?:" + Parties.Names + @")(?:['’]s)?\s+(?:(?:" + Parties.Roles + @")\s+)?)?$")]
    private static partial Regex Opening();

    /// <summary>A clause set before the main one, which may name others: "Unlike four years ago, when he lost the popular
    /// vote to Al Gore, ", "Although Labour won, ".</summary>
    [GeneratedRegex(@"^\W*(?:Unlike|Although|Though|While|Whereas|When|After|Before|Despite|Since|Once|If)\b[^;:""“”]{1,200},\s+$")]
    private static partial Regex ClauseBefore();

    [GeneratedRegex(@",\s+(?:and|while|with)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:total|majority|share|tally)\s+(?:of\s+)?(?:(?:just|only|some|about|around|nearly|almost|over|more\s+than|fewer\s+than|less\s+than)\s+)?$")]
    private static partial Regex OwnCount();

    [GeneratedRegex(@"\G['’]s\b")]
    private static partial Regex Possessive();
}
