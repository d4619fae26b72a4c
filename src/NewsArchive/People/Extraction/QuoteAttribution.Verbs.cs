using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>The verbs of speech around a quote.</summary>
internal sealed partial class QuoteAttribution
{
    /// <summary>The word before a verb, past an adverb ("having just described", "and then said").</summary>
    private static string WordBeforeVerb(string text, List<Token> tokens, int verb, int from)
    {
        var k = verb - 1;
        if (k > from && (tokens[k].Text(text) is "just" or "already" or "also" or "then" or "later" || tokens[k].Text(text).EndsWith("ly", StringComparison.Ordinal))) k--;
        return tokens[k].Text(text).ToString();
    }

    /// <summary>True when the words after a verb before the quote run into it with no comma or colon between.</summary>
    private static bool RunsIntoQuote(string text, List<Token> tokens, int verb, QuoteSpan span)
    {
        var before = text.AsSpan(0, span.Start - 1).TrimEnd();
        return verb + 1 < tokens.Count && tokens[verb + 1].End < span.Start && before.Length > 0 && char.IsLetterOrDigit(before[^1]);
    }

    /// <summary>The verbs of speech that may tell who spoke a quote: after it in its sentence, then before it.</summary>
    private static IEnumerable<(int Verb, bool After)> VerbsFor(string text, List<Token> tokens, QuoteSpan span)
    {
        var firstAfter = FirstTokenAt(tokens, span.End);
        var endSentence = SentenceAfter(text, tokens, span, firstAfter);
        for (var i = firstAfter; i < tokens.Count && i < firstAfter + VerbWindow; i++)
        {
            if (tokens[i].Has(TokenFlags.InQuote) || tokens[i].Sentence != endSentence) break;
            // "“…” and pledged that …": a verb joined on by a conjunction goes on to the next thing said; "“…”, despite
            // having described …": a verb in a clause of circumstance says what else was done, not who said this.
            if (tokens[i].Class == WordClass.Speech && !(i > firstAfter && WordBeforeVerb(text, tokens, i, firstAfter) is "and" or "but" or "or" or "having" or "despite" or "without"))
                yield return (i, true);
        }
        var firstInside = FirstTokenAt(tokens, span.Start);
        if (firstInside >= tokens.Count) yield break;
        var startSentence = tokens[firstInside].Sentence;
        for (var i = firstInside - 1; i >= 0 && tokens[i].Sentence == startSentence; i--)
            if ((tokens[i].Class == WordClass.Speech || Speakers.DocumentVerb(text, tokens, i)) && !tokens[i].Has(TokenFlags.InQuote)
                && !InClosedRelativeClause(text, tokens, i, firstInside) && !SpeakingOfATopic(text, tokens, i))
                yield return (i, false);
    }

    /// <summary>"insisted Mr McConnell was speaking about adults and his comments were “…”": what someone was speaking
    /// about is a topic, not the words quoted.</summary>
    private static bool SpeakingOfATopic(string text, List<Token> tokens, int verb) =>
        verb > 0 && tokens[verb].Is(text, "speaking") && tokens[verb - 1].Text(text) is "was" or "were" or "is" or "are" or "been" or "be";
}
