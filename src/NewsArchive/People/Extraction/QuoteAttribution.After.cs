using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>What the words after a quote that opens its sentence say about who spoke it.</summary>
internal sealed partial class QuoteAttribution
{
    /// <summary>When the quote's sentence goes on past it to say who spoke in words not read: a verb of speech whose
    /// speaker was not found (nobody, null), or a person named within <see cref="VerbWindow"/> words ("“…,” was Mr
    /// Marr's assessment", "“…” Cruz fumed"), who is the speaker. -1 when the sentence ends with the quote.</summary>
    private static int? SpeakerAfterUnread(string text, List<Token> tokens, List<ResolvedMention> mentions, QuoteSpan span)
    {
        var firstAfter = FirstTokenAt(tokens, span.End);
        if (firstAfter == 0 || firstAfter >= tokens.Count || tokens[firstAfter].Sentence != SentenceAfter(text, tokens, span, firstAfter)) return -1;
        for (var i = firstAfter; i < tokens.Count && i < firstAfter + VerbWindow && tokens[i].Sentence == tokens[firstAfter].Sentence; i++)
        {
            if (tokens[i].Has(TokenFlags.InQuote)) return -1;
            if (tokens[i].Class == WordClass.Speech) return null;
            foreach (var m in mentions)
                if (m.FirstToken == i) return m.Person;
        }
        return -1;
    }

    /// <summary>The sentence the words right after a quote belong to when they report it: the quote's own, or the
    /// next when the quote ends on "!" or "?", which the splitter takes for a full stop ("“Don’t!” Cruz snapped").</summary>
    private static int SentenceAfter(string text, List<Token> tokens, QuoteSpan span, int firstAfter)
    {
        if (firstAfter == 0) return -1;
        var inner = text.AsSpan(span.Start, Math.Max(0, span.End - span.Start)).TrimEnd();
        var ownSentence = tokens[firstAfter - 1].Sentence;
        // Only for a quote that is a sentence of its own: after "He continued: “…?”" a new sentence is new.
        return inner.Length > 0 && inner[^1] is '!' or '?' && StartsSentence(tokens, span) && firstAfter < tokens.Count
               && tokens[firstAfter].Sentence == ownSentence + 1 && AttributionOnly(text, tokens, firstAfter) ? ownSentence + 1 : ownSentence;
    }

    /// <summary>The sentence from <paramref name="from"/> opens with a short attribution: a verb of speech within five
    /// words that reports nothing of its own after it ("Cruz snapped at a moderator", not "Mr Blair said he would
    /// not …" or "Mr Pugh said: …").</summary>
    private static bool AttributionOnly(string text, List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i < from + 5 && tokens[i].Sentence == tokens[from].Sentence && !tokens[i].Has(TokenFlags.InQuote); i++)
        {
            if (tokens[i].Class != WordClass.Speech) continue;
            if (i + 1 >= tokens.Count || tokens[i + 1].Sentence != tokens[i].Sentence) return true;
            if (!tokens[i + 1].Has(TokenFlags.Joined) || tokens[i + 1].Has(TokenFlags.InQuote)) return false;
            return !(tokens[i + 1].Class == WordClass.Pronoun || tokens[i + 1].Text(text) is "that" or "it" or "they" or "we" or "I" or "the" or "The");
        }
        return false;
    }

    /// <summary>The person named in commas right after what a possessive name owns ("Mr Howard's deputy, Michael
    /// Ancram,"): at most three words, in lower case or offices, between.</summary>
    private static int? NamedPossessed(string text, List<Token> tokens, List<ResolvedMention> mentions, ResolvedMention owner)
    {
        for (var j = owner.LastToken + 1; j < tokens.Count && j - owner.LastToken <= 4 && tokens[j].Sentence == tokens[owner.LastToken].Sentence; j++)
        {
            if (!tokens[j].Has(TokenFlags.Joined))
            {
                if (j == owner.LastToken + 1 || text.AsSpan(tokens[j - 1].After, tokens[j].Start - tokens[j - 1].After) is not ", ") return null;
                foreach (var m in mentions)
                    if (m.FirstToken == j && m.Person != owner.Person) return m.Person;
                return null;
            }
            if (tokens[j].Has(TokenFlags.Capitalised) && tokens[j].Class is not (WordClass.Role or WordClass.RoleModifier or WordClass.Descriptor)) return null;
        }
        return null;
    }

    /// <summary>"Felix sat down with Union President Jo Bloggs", "we spoke to Jo Bloggs": the person interviewed,
    /// whose answers the quotes that follow are, when the sentence has no subject of its own that is a person.</summary>
    private static bool Interviewed(string text, List<Token> tokens, ResolvedMention m)
    {
        var k = m.FirstToken - 1;
        while (k >= 0 && tokens[k + 1].Has(TokenFlags.Joined) && (tokens[k].Class is WordClass.Role or WordClass.RoleModifier or WordClass.Party or WordClass.Honorific
               || tokens[k].Has(TokenFlags.Capitalised) && !tokens[k].Has(TokenFlags.SentenceStart) && tokens[k].Class == WordClass.Cue)) k--;
        if (k < 1 || !tokens[k + 1].Has(TokenFlags.Joined)) return false;
        var verb = tokens[k - 1].Text(text);
        var preposition = tokens[k].Text(text);
        // "sat down with", "caught up with", "met up with"; not "teamed up with" or "came down with".
        var sat = verb is "down" or "up" && k > 1 && tokens[k - 2].Text(text) is "sat" or "sit" or "sits" or "caught" or "catch" or "met" or "meet";
        return preposition is "with" && (sat || verb is "spoke" or "speaks" or "talked" or "talks" or "chatted")
               || preposition is "to" && verb is "spoke" or "talked" or "chatted" or "speaking" or "talking"
               || tokens[k].Text(text) is "interviewed" && k + 1 == m.FirstToken;
    }

    /// <summary>"…, but Mr Slaughter disagreed": a name right after "but" (or "while", "whereas"), outside quotes,
    /// followed by a word in lower case that is not a preposition or a relative: the subject of a clause of its own.</summary>
    private static bool SubjectAfterBut(string text, List<Token> tokens, ResolvedMention m)
    {
        if (m.FirstToken == 0 || tokens[m.FirstToken].Has(TokenFlags.InQuote) || m.LastToken + 1 >= tokens.Count) return false;
        var before = m.FirstToken - 1;
        while (before > 0 && tokens[before].Class is WordClass.Honorific or WordClass.Role or WordClass.RoleModifier or WordClass.Party) before--;
        if (tokens[before].Text(text) is not ("but" or "while" or "whereas")) return false;
        var next = tokens[m.LastToken + 1];
        var word = next.Text(text);
        return next.Sentence == tokens[m.LastToken].Sentence && next.Has(TokenFlags.Joined) && word.Length > 0 && char.IsLower(word[0])
               && word is not ("of" or "and" or "or" or "to" or "in" or "on" or "at" or "for" or "with" or "who" or "which" or "that");
    }

    /// <summary>The person named after the sentence's last comma, with only a verb of speech (and "has", "had")
    /// after the name to the sentence's end: "…, Michael Howard has said."</summary>
    private static int? ClosingSpeaker(string text, List<Token> tokens, List<ResolvedMention> mentions, int first, int end)
    {
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[first].Sentence) last++;
        if (last >= end || tokens[last].Class != WordClass.Speech || tokens[last].Has(TokenFlags.InQuote)) return null;
        var k = last - 1;
        while (k > first && tokens[k].Text(text) is "has" or "had" or "have") k--;
        foreach (var m in mentions)
            if (m.LastToken == k && m.FirstToken > first && Speakers.SetOff(text, tokens, m.FirstToken) && !tokens[m.FirstToken].Has(TokenFlags.InQuote))
                return m.Person;
        return null;
    }

    /// <summary>"Mr Blair has failed, he claimed, saying …": the one the tagged pronoun stands for is what the sentence
    /// is about, not the reported clause's subject. Looked for once from where the sentence's reading starts, not again
    /// from every later token.</summary>
    private int? TaggedSpeaker(string text, List<Token> tokens, List<ResolvedMention> mentions, int first, int end) =>
        Speakers.TagBefore(text, tokens, first, end) is { } tag ? Pronoun(text, tokens, mentions, tag) : null;
}
