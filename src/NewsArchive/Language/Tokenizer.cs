namespace NewsArchive.Language;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Capitalised = 1,
    AllCaps = 2,
    /// <summary>Followed by 's or a bare apostrophe; the token itself excludes it.</summary>
    Possessive = 4,
    /// <summary>Only spaces separate it from the word before, so the two can belong to one name.</summary>
    Joined = 8,
    SentenceStart = 16,
    InQuote = 32,
}

/// <summary>One word of a paragraph: its span without any possessive ending, the sentence it stands in, and
/// what the vocabulary says of it.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    /// <summary>Index of the paragraph's sentence (<see cref="Sentences.Split"/>) that holds the word.</summary>
    public int Sentence;
    /// <summary>Where the text after the token (and its possessive ending) begins.</summary>
    public int After;
    public TokenFlags Flags;
    public WordClass Class;

    public readonly int End => Start + Length;
    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public readonly ReadOnlySpan<char> Text(string paragraph) => paragraph.AsSpan(Start, Length);

    public readonly bool Is(string paragraph, string word) => Text(paragraph).SequenceEqual(word);
}

/// <summary>Splits a paragraph into words in one pass, by hand: letters and digits, with apostrophes
/// and hyphens inside a word kept ("O’Brien", "Thomas-Symonds"). Every extractor reads these tokens.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 5);
        var sentences = Sentences.Split(text);
        var sentence = 0;
        var previousAfter = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < text.Length)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d)) { i++; continue; }
                if (d is '\'' or '’' or '-' or '‑' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                break;
            }
            while (sentence + 1 < sentences.Count && start >= sentences[sentence + 1].Start) sentence++;
            var token = new Token { Start = start, Length = i - start, Sentence = sentence };
            if (token.Length >= 3 && text[i - 1] == 's' && text[i - 2] is '\'' or '’')
            {
                token.Length -= 2;
                token.Flags |= TokenFlags.Possessive;
            }
            else if (i + 2 < text.Length && text[i - 1] == 's' && text[i] is '\'' or '’' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                // "the Liberal Democrats’ Luisa Porritt": a plural possessive before a capitalised word.
                token.Flags |= TokenFlags.Possessive;
                i++;
            }
            token.After = i;
            Describe(text, ref token, tokens.Count == 0 ? -1 : previousAfter, tokens.Count > 0 ? tokens[^1].Class : WordClass.None);
            tokens.Add(token);
            previousAfter = i;
        }
    }

    private static void Describe(string text, ref Token token, int gapStart, WordClass previousClass)
    {
        var span = text.AsSpan(token.Start, token.Length);
        token.Class = Vocabulary.Classify(span);
        if (char.IsUpper(span[0]))
        {
            token.Flags |= TokenFlags.Capitalised;
            if (span.Length > 1 && IsAllCaps(span)) token.Flags |= TokenFlags.AllCaps;
        }
        if (gapStart < 0)
        {
            token.Flags |= TokenFlags.SentenceStart;
            return;
        }
        var onlySpaces = true;
        var sentenceBreak = false;
        for (var g = gapStart; g < token.Start; g++)
        {
            var c = text[g];
            if (c == ' ') continue;
            onlySpaces = false;
            if (c is '.' or '!' or '?' or ':' or ';' or '“' or '‘' or '"' or '\n' or '–' or '—' or '(' or '[') sentenceBreak = true;
        }
        // "Mr. Smith": the full stop after an honorific does not part it from the name.
        if (!onlySpaces && previousClass == WordClass.Honorific && token.Start - gapStart <= 2 && text[gapStart] == '.')
        {
            onlySpaces = true;
            sentenceBreak = false;
        }
        if (onlySpaces && token.Start > gapStart) token.Flags |= TokenFlags.Joined;
        if (sentenceBreak) token.Flags |= TokenFlags.SentenceStart;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (char.IsLower(c)) return false;
        return true;
    }
}
