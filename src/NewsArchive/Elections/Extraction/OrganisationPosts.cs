using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// The posts of a body's election a sentence names ("Union President", "Deputy President (Welfare)", "Felix
/// Editor", "RCSU President"): an office word of the vocabulary, written in capitals, with the capitalised words
/// that qualify it before it and a bracketed portfolio after it. A union elects many posts in one election, and each
/// figure is one post's race; only the capitalised form is read, so a lower-case "the presidency" or "first year
/// rep" gives no post rather than a guess.
/// </summary>
internal static partial class OrganisationPosts
{
    /// <param name="Held">Written as an office someone holds now ("this year's RAG Chair", "the outgoing
    /// President"): a description of the person, not the post their votes were for.</param>
    /// <param name="Title">Written right before a name ("RCSU President Scott Heath"): the person's title, which may be
    /// the post they stood for or one they hold while standing for another.</param>
    public sealed record Named(string Post, int Start, int End, bool Held = false, bool Title = false);

    /// <summary>Words that qualify an office can be a name's too: at most this many are read before it.</summary>
    private const int WordsBefore = 4;

    /// <summary>How far after a figure "for" or "as" may name its post ("received 210 votes in the race for ...").</summary>
    private const int PostAfterReach = 48;

    public static IReadOnlyList<Named> In(string text)
    {
        var words = Word().Matches(text);
        var posts = new List<Named>();
        for (var i = 0; i < words.Count; i++)
        {
            var lowerCase = !IsOffice(words[i].Value);
            if (lowerCase && !(char.IsLower(words[i].Value[0]) && IsOffice(Capitalised(words[i].Value)))) continue;
            var first = i;
            while (first > 0 && i - first < WordsBefore && Qualifies(text, words[first - 1], words[first])) first--;
            // "to be elected Union president": an office in lower case is a post only after a body's name in capitals.
            if (lowerCase && first == i) continue;
            var last = i;
            while (last + 1 < words.Count && Joined(text, words[last], words[last + 1])
                   && Vocabulary.Classify(words[last + 1].Value) is WordClass.Role or WordClass.RoleModifier && char.IsUpper(words[last + 1].Value[0]))
                last++;
            // "the Trustee Board", "the President's Office": a body or a place named after an office is no post.
            if (last + 1 < words.Count && Joined(text, words[last], words[last + 1]) && char.IsUpper(words[last + 1].Value[0])
                || Possessive(words[last].Value))
            {
                i = last;
                continue;
            }
            var end = words[last].Index + words[last].Length;
            if (Portfolio().Match(text, end) is { Success: true } portfolio && portfolio.Index == end) end += portfolio.Length;
            var held = HolderBefore().IsMatch(text.AsSpan(0, words[first].Index));
            var name = text[words[first].Index..words[i].Index] + Capitalised(text[words[i].Index..end]);
            posts.Add(new Named(name.Trim(), words[first].Index, end, held, text.AsSpan(end).StartsWith(" ⟦")));
            i = last;
        }
        return posts;
    }

    /// <summary>The post of a figure or candidacy at [<paramref name="start"/>, <paramref name="end"/>): one named
    /// right after it with "for" or "as" ("beat Kate Bell (1,311 votes) for Deputy President (Finance)"), else the
    /// nearest named before it in the sentence (each clause's figure takes its own clause's post). Null when the
    /// sentence names none around it.</summary>
    /// <param name="titles">Whether a title before a name may be the post, when no other post is named around it:
    /// for a figure, whose race the sentence is about, but not for the name itself ("RCSU President Scott Heath beat
    /// Danish Khan ... by 1983 to 1593 votes to be elected Union president": his figure says which post he won).</param>
    public static string? For(string text, int start, int end, IReadOnlyList<Named> named, bool titles = true)
    {
        var posts = named.Where(p => !p.Held).ToList();
        var after = posts.FirstOrDefault(p => p.Start >= end);
        if (after is not null && after.Start - end <= PostAfterReach && !ClauseBreak().IsMatch(text[end..after.Start])
            && ForOrAs().IsMatch(text[end..after.Start]))
            return after.Post;
        return (posts.LastOrDefault(p => p.End <= start && !p.Title) ?? (titles ? posts.LastOrDefault(p => p.End <= start) : null))?.Post;
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>An office word in capitals, singular: "the Student Trustees" are several posts, and which of them
    /// a figure is for the text does not say.</summary>
    private static bool IsOffice(string word) =>
        char.IsUpper(word[0]) && Vocabulary.Classify(word) == WordClass.Role
        && !(word.EndsWith('s') && Vocabulary.Classify(word.AsSpan(0, word.Length - 1)) == WordClass.Role);

    /// <summary>A capitalised word right before, joined by one space, that can qualify an office: "Deputy", "Union",
    /// "Felix", "RCSU"; never a function word opening the sentence ("The"), a title or a possessive.</summary>
    private static bool Qualifies(string text, Match before, Match word) =>
        Joined(text, before, word) && char.IsUpper(before.Value[0]) && !Possessive(before.Value)
        && Vocabulary.Classify(before.Value) is not (WordClass.Stop or WordClass.Honorific or WordClass.Pronoun or WordClass.Speech or WordClass.Kin or WordClass.Party);

    private static bool Possessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    private static bool Joined(string text, Match left, Match right) => right.Index == left.Index + left.Length + 1 && text[left.Index + left.Length] == ' ';

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    /// <summary>"(Welfare)", "(Clubs & Societies)", "(Finance and Services)".</summary>
    [GeneratedRegex(@"\G ?\(\p{Lu}[\p{L}&,' -]{1,40}\)")]
    private static partial Regex Portfolio();

    [GeneratedRegex(@"\b(?:for|as|become|becomes|becoming|elected)\s+(?:the\s+)?(?:(?:next|this|new|coming)\s+)?(?:year['’]s\s+)?$")]
    private static partial Regex ForOrAs();

    [GeneratedRegex(@"\b(?:(?:this|last)\s+year['’]s|current|outgoing|incumbent|former|sitting|then)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HolderBefore();

    [GeneratedRegex(@"[.;:!?]\s|,\s|\band\b|\bbut\b")]
    private static partial Regex ClauseBreak();
}
