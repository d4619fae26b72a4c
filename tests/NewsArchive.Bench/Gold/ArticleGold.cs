using System.Globalization;

namespace NewsArchive.Bench.Gold;

internal sealed record GoldPerson(string Name, IReadOnlyList<string> Aliases, char Gender, IReadOnlyList<string> Parties, IReadOnlyList<string> Offices);

/// <summary>A quoted stretch. Speaker is a person's name, or "source" (someone unnamed) or "none" (not speech).</summary>
internal sealed record GoldQuote(string Speaker, string Words)
{
    public bool ByPerson => Speaker is not ("source" or "none");
}

/// <summary>Year is null where the article does not settle it ("?").</summary>
internal sealed record GoldElection(string Kind, string Place, int? Year, string Words)
{
    public string Ref => $"{Kind} {Place} {Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}";
}

internal sealed record GoldFigure(string Election, string Subject, string Measure, decimal Value, string Bound, string Status, string Written);

/// <summary>One article's hand annotation (see gold/ANNOTATING.md for the rows).</summary>
internal sealed record ArticleGold(
    string Source, string File, IReadOnlyList<GoldPerson> People, IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<GoldElection> Elections, IReadOnlyList<GoldFigure> Figures)
{
    public static ArticleGold Read(string source, string file, string path)
    {
        var people = new List<GoldPerson>();
        var quotes = new List<GoldQuote>();
        var elections = new List<GoldElection>();
        var figures = new List<GoldFigure>();
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            string Field(int i) => i < f.Length ? f[i].Trim() : throw new FormatException($"{path}:{number}: row '{f[0]}' has {f.Length} fields");
            IReadOnlyList<string> List(int i) => Field(i) == "-" ? [] : Field(i).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (f[0])
            {
                case "person":
                    people.Add(new GoldPerson(Field(1), List(2), Field(3) is { Length: > 0 } g ? g[0] : '?', List(4), List(5)));
                    break;
                case "quote":
                    quotes.Add(new GoldQuote(Field(1), Field(2)));
                    break;
                case "election":
                    elections.Add(new GoldElection(Field(1), Field(2), int.TryParse(Field(3), out var year) ? year : null, Field(4)));
                    break;
                case "figure":
                    figures.Add(new GoldFigure(Field(1), Field(2), Field(3), decimal.Parse(Field(4), CultureInfo.InvariantCulture), Field(5), Field(6), Field(7)));
                    break;
                default:
                    throw new FormatException($"{path}:{number}: unknown row type '{f[0]}'");
            }
        }
        return new ArticleGold(source, file, people, quotes, elections, figures);
    }
}

/// <summary>The annotated articles and the half each belongs to (gold/split.tsv).</summary>
internal static class GoldSet
{
    public static IReadOnlyList<ArticleGold> Read(string goldFolder, string half)
    {
        var articles = new List<ArticleGold>();
        foreach (var line in File.ReadLines(Path.Combine(goldFolder, "split.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 2) throw new FormatException($"split.tsv: bad line '{line}'");
            if (half != "all" && f[1] != half) continue;
            var slash = f[0].IndexOf('/');
            var (source, file) = (f[0][..slash], f[0][(slash + 1)..]);
            var path = Path.Combine(goldFolder, "articles", source, file + ".tsv");
            if (!File.Exists(path)) throw new FileNotFoundException($"no annotation for {f[0]}", path);
            articles.Add(ArticleGold.Read(source, file, path));
        }
        return articles;
    }
}
