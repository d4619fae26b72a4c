using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>
/// What the whole archive tells the extractor about one article's names: the names other articles vouch for
/// as people's ("Mr Smith", "Jane Smith said"); the words it writes in lower case anywhere, which are everyday
/// words, not names ("case", "vote", "ball"); and the words it writes alone after "in", "at" or "from", which
/// are places ("in Cambridge", "from Iceland").
/// </summary>
public sealed class ArchiveEvidence(ISet<string> people, ArchiveWords words)
{
    public static readonly ArchiveEvidence None = new(new HashSet<string>(), new ArchiveWords());

    public ISet<string> People { get; } = people;

    public ArchiveWords Words { get; } = words;

    public ArchiveEvidence WithPeople(ISet<string> people) => new(people, Words);
}

/// <summary>The words an archive writes in lower case, and those it writes alone as a place.</summary>
public sealed class ArchiveWords
{
    public HashSet<string> Lowercase { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Places { get; } = new(StringComparer.Ordinal);

    public static ArchiveWords Of(IEnumerable<string> paragraphs)
    {
        var words = new ArchiveWords();
        var tokens = new List<Token>();
        foreach (var paragraph in paragraphs) words.Add(paragraph, tokens);
        return words;
    }

    public ArchiveWords UnionWith(ArchiveWords other)
    {
        Lowercase.UnionWith(other.Lowercase);
        Places.UnionWith(other.Places);
        return this;
    }

    private static bool PossessiveRun(List<Token> tokens, int i)
    {
        for (var j = i; j < tokens.Count && (j == i || tokens[j].Has(TokenFlags.Joined) && tokens[j].Has(TokenFlags.Capitalised)); j++)
            if (tokens[j].Has(TokenFlags.Possessive)) return true;
        return false;
    }

    private void Add(string paragraph, List<Token> tokens)
    {
        Tokenizer.Tokenize(paragraph, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (char.IsLower(paragraph[token.Start])) Lowercase.Add(paragraph.Substring(token.Start, token.Length));
            // "in Cambridge", "from Saudi Arabia": the word opening a place's name; not "in Tony Blair's cabinet".
            else if (i > 0 && token.Has(TokenFlags.Joined) && tokens[i - 1].Text(paragraph) is "in" or "at" or "from" or "near" && !PossessiveRun(tokens, i))
                Places.Add(paragraph.Substring(token.Start, token.Length));
        }
    }
}
