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
            return SentenceSubject(text, tokens, mentions, and) ?? (subjectAt.Paragraph == paragraph ? subject : null);
        // "“…,” said Mr Bailey. Adding that: “…”": the speaker of the sentence before is as good as its subject.
        var before = (paragraph, tokens[and].Sentence - 1);
        return subjectAt == before ? subject : lastSpeakerAt == before ? lastSpeaker : null;
    }
}
