using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Who speaks through a verb joined on by "and", "but" or an opening "And".</summary>
internal sealed partial class QuoteAttribution
{
    /// <summary>"Ms Jowell insisted: …. And continued: …": a verb joined on by "and" has the subject of its
    /// sentence, or when "And" opens the sentence, the subject of the sentence just before.</summary>
    private int? JoinedVerbSubject(string text, List<Token> tokens, List<ResolvedMention> mentions, int and)
    {
        if (tokens[and].Text(text) is "and" or "but")
            return NearestSubjectBefore(text, tokens, mentions, and) ?? SentenceSubject(text, tokens, mentions, and) ?? (subjectAt.Paragraph == paragraph ? subject : null);
        // "“…,” said Mr Bailey. Adding that: “…”": the speaker of the sentence before is as good as its subject.
        var before = (paragraph, tokens[and].Sentence - 1);
        return subjectAt == before ? subject : lastSpeakerAt == before ? lastSpeaker : null;
    }

    /// <summary>"On the day David Cameron was ushered in, Nick Robinson sighed and said …": the verb joined on by "and"
    /// is of the clause just before it, whose subject is the nearest name before it in subject position.</summary>
    private static int? NearestSubjectBefore(string text, List<Token> tokens, List<ResolvedMention> mentions, int and)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.FirstToken >= and || tokens[m.FirstToken].Sentence != tokens[and].Sentence) continue;
            if (tokens[m.FirstToken].Has(TokenFlags.InQuote)) continue;
            return Speakers.IsSubject(text, tokens, m) ? m.Person : null;
        }
        return null;
    }
}
