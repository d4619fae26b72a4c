using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>A quote that is a sentence of its own, whose speaker the next sentence names.</summary>
internal sealed partial class QuoteAttribution
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingNouns = VocabularyWords.Lookup(VocabularyWords.SaidNouns, VocabularyWords.ViewNouns);

    /// <summary>"“…” That was the verdict of union president Jo Bloggs.", "“…” So said Jo Bloggs.", "“…” Those were
    /// Jo Bloggs's words.": the sentence after the quote opens by saying whose words they were. The person, or -1 when
    /// the sentence says so of someone not named ("the words of the mother of Jo Bloggs", "of Jo Bloggs's lawyer"),
    /// or of a source with no name, which keeps the quote from the subject before it too; null when the sentence is not
    /// of that kind or names no one.</summary>
    private static int? SpeakerInNextSentence(string text, List<Token> tokens, List<ResolvedMention> mentions, QuoteSpan span)
    {
        var i = FirstTokenAt(tokens, span.End);
        if (i == 0 || i + 2 >= tokens.Count || tokens[i].Has(TokenFlags.InQuote) || tokens[i].Sentence == tokens[i - 1].Sentence) return null;
        var sentence = tokens[i].Sentence;
        var opener = tokens[i].Text(text);
        int k;
        if (opener is "So" && tokens[i + 1].Class == WordClass.Speech) k = i + 2;
        else if (opener is "That" or "This" or "Those" or "These" or "Such" && tokens[i + 1].Text(text) is "was" or "were" or "is" or "are")
        {
            k = i + 2;
            // "Those were Jo Bloggs's words."
            foreach (var m in mentions)
                if (m.FirstToken == k && tokens[m.LastToken].Has(TokenFlags.Possessive))
                    return m.LastToken + 1 < tokens.Count && SayingNouns.Contains(tokens[m.LastToken + 1].Text(text)) ? m.Person : null;
            if (tokens[k].Text(text) is not "the") return null;
            k++;
            // "the blunt verdict", "the rallying cry": at most two words before the noun.
            var noun = k;
            while (noun < k + 3 && noun < tokens.Count && tokens[noun].Sentence == sentence && !SayingNouns.Contains(tokens[noun].Text(text))) noun++;
            if (noun >= k + 3 || noun + 1 >= tokens.Count || tokens[noun].Sentence != sentence || tokens[noun + 1].Text(text) is not ("of" or "from")) return null;
            k = noun + 2;
        }
        else return null;
        // The speaker follows, after at most an office or a description ("of union president Jo Bloggs"); a
        // preposition first means the name is inside someone else's phrase ("of the mother of Jo Bloggs"), and a
        // source with no name ("of a spokesman") keeps the quote from everyone. With no name at all ("the view of
        // many students") the sentence comments on the quote and says nothing of who spoke it.
        var (inside, unnamed) = (false, false);
        for (var j = k; j < tokens.Count && j < k + 8 && tokens[j].Sentence == sentence && !tokens[j].Has(TokenFlags.InQuote); j++)
        {
            foreach (var m in mentions)
                if (m.FirstToken == j) return inside || j >= k + 5 || tokens[m.LastToken].Has(TokenFlags.Possessive) ? -1 : m.Person;
            // "union" heads a source's phrase but also describes a name ("union president Jo Bloggs").
            unnamed |= tokens[j].Class == WordClass.Unnamed;
            inside |= tokens[j].Text(text) is "of" or "for" or "to" or "with" or "by" or "from" or "close" or "near" or "behind" or "at" or "on" or "in";
        }
        return unnamed ? -1 : null;
    }
}
