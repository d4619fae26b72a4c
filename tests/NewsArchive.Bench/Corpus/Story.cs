using System.Globalization;

namespace NewsArchive.Bench.Corpus;

/// <summary>A figure as the article writes it, for the answer key: "1,206,034" is 1206034 votes.</summary>
internal sealed record Figure(string Kind, long Value, string Text, string? Person);

/// <summary>One article being written: its paragraphs, and what the answer key must say about it.
/// A person's first mention is the full name; later ones are short forms ("Mr Okaren").</summary>
internal sealed class Story(Dice dice)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<string> _people = [];
    private readonly List<Figure> _figures = [];

    public Dice Dice { get; } = dice;
    public string? Headline { get; set; }
    public IReadOnlyList<string> People => _people;
    public IReadOnlyList<Figure> Figures => _figures;
    public IReadOnlyList<string> Paragraphs => _paragraphs;

    public void Add(string paragraph) => _paragraphs.Add(char.ToUpperInvariant(paragraph[0]) + paragraph[1..]);

    /// <summary>The name as this story refers to it now.</summary>
    public string Name(CastMember who)
    {
        if (_people.Contains(who.Full)) return who.Short(Dice);
        _people.Add(who.Full);
        return who.Honour is { } honour ? $"{honour} {who.Full}" : who.Full;
    }

    /// <summary>A first mention with a party label: "Labour's X", "Tory X", "X, the Green candidate".</summary>
    public string Labelled(CastMember who)
    {
        if (_people.Contains(who.Full)) return Name(who);
        var name = Name(who);
        return Dice.Next(3) switch
        {
            0 when who.Party.Short != "independent" => $"{who.Party.Name}’s {name}",
            1 when who.Party.Short != "independent" => $"{who.Party.Short} {name}",
            _ => $"{name}, the {who.Party.Member} candidate,",
        };
    }

    /// <summary>Votes as news writes them: exact ("1,206,034") or rounded ("almost 7,000").</summary>
    public string Votes(string kind, long value, CastMember? who, bool mayRound = true)
    {
        string text;
        if (mayRound && Dice.Chance(0.3))
        {
            var step = value >= 100_000 ? 10_000 : value >= 10_000 ? 1_000 : 100;
            var rounded = (value + step / 2) / step * step;
            var word = rounded > value ? Dice.Pick(["almost", "nearly", "just under"]) : Dice.Pick(["more than", "just over", "over"]);
            text = $"{word} {rounded.ToString("N0", CultureInfo.InvariantCulture)}";
        }
        else text = value.ToString("N0", CultureInfo.InvariantCulture);
        _figures.Add(new Figure(kind, value, text, who?.Full));
        return text;
    }

    /// <summary>A share in tenths of a per cent, as "55 per cent", "39%" or "42.3 per cent".</summary>
    public string Percent(string kind, int tenths, CastMember? who)
    {
        if (Dice.Chance(0.5)) tenths = (tenths + 5) / 10 * 10;
        var number = tenths % 10 == 0
            ? (tenths / 10).ToString(CultureInfo.InvariantCulture)
            : (tenths / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
        var text = Dice.Chance(0.5) ? $"{number} per cent" : $"{number}%";
        _figures.Add(new Figure(kind, tenths, text, who?.Full));
        return text;
    }

    public string Count(string kind, int value, CastMember? who)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        _figures.Add(new Figure(kind, value, text, who?.Full));
        return text;
    }

    /// <summary>The file's text: headline line or none, paragraphs split by blank lines or by single
    /// newlines, and sometimes a paragraph repeated further down, as syndicated copy does.</summary>
    public string Render()
    {
        var paragraphs = new List<string>(_paragraphs);
        var long6 = paragraphs.Where(p => p.Split(' ').Length >= 8 && !p.StartsWith('‘')).ToList();
        if (long6.Count > 0 && Dice.Chance(0.15)) paragraphs.Insert(Dice.Between(paragraphs.Count / 2, paragraphs.Count), Dice.Pick(long6));
        var separator = Dice.Chance(0.65) ? "\n\n" : "\n";
        var body = string.Join(separator, paragraphs);
        return (Headline is null ? body : Headline + "\n\n" + body) + "\n";
    }
}
