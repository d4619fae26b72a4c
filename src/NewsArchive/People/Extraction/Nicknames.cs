using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>
/// "Andrew “Bruiser” Mitchell", "Alex ‘Chippy’ Compton": a nickname in quotes between a known given name and a
/// capitalised word is no part of the name the person is filed under. Its words are taken out of the paragraph's
/// tokens, so the given name and the surname read as one name; the mention still spans the nickname.
/// </summary>
internal static class Nicknames
{
    /// <summary>The most words a nickname holds ("Michael ‘Sick Of Experts’ Gove").</summary>
    private const int MaxWords = 3;

    public static void Drop(string text, List<Token> tokens)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!tokens[k].Has(TokenFlags.Capitalised) || !OpensQuote(Between(text, tokens[k], tokens[k + 1]))
                || !GivenNames.IsGivenName(tokens[k].Text(text).ToString())) continue;
            for (var n = 1; n <= MaxWords && k + n + 1 < tokens.Count; n++)
            {
                var (last, after) = (tokens[k + n], tokens[k + n + 1]);
                if (!last.Has(TokenFlags.Capitalised) || n > 1 && !last.Has(TokenFlags.Joined) || last.Sentence != tokens[k].Sentence) break;
                if (!ClosesQuote(Between(text, last, after))) continue;
                if (!after.Has(TokenFlags.Capitalised) || after.Sentence != tokens[k].Sentence) break;
                tokens.RemoveRange(k + 1, n);
                var surname = tokens[k + 1];
                surname.Flags |= TokenFlags.Joined;
                tokens[k + 1] = surname;
                break;
            }
        }
    }

    /// <summary>A name's words as written, without a nickname the tokens of its run skip ("Andrew “Bruiser” Mitchell").
    /// Between the words of a name stand spaces, or a mark with no space ("Jean-Claude", "O'Brien"); spaces and
    /// something more are a nickname taken out.</summary>
    public static string CoreOf(string text, List<Token> tokens, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
            if (Between(text, tokens[k - 1], tokens[k]) is var between && !between.IsWhiteSpace() && between.ContainsAny(' ', '\u00A0'))
                return string.Join(' ', tokens[first..end].Select(t => t.Text(text).ToString()));
        return text.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
    }

    private static ReadOnlySpan<char> Between(string text, in Token a, in Token b) => text.AsSpan(a.End, b.Start - a.End);

    /// <summary>Spaces, then an opening quote mark against the nickname.</summary>
    private static bool OpensQuote(ReadOnlySpan<char> between) =>
        between.Length >= 2 && between[^1] is '“' or '"' or '‘' or '\'' && between[..^1].IsWhiteSpace();

    /// <summary>A closing quote mark against the nickname, then spaces.</summary>
    private static bool ClosesQuote(ReadOnlySpan<char> between) =>
        between.Length >= 2 && between[0] is '”' or '"' or '’' or '\'' && between[1..].IsWhiteSpace();
}
