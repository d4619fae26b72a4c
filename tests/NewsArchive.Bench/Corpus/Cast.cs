using System.Globalization;

namespace NewsArchive.Bench.Corpus;

internal sealed record Party(string Name, string Short, string Member, string Body);

internal sealed record CastMember(string Given, string Surname, bool Woman, Party Party, string? Honour)
{
    public string Full => $"{Given} {Surname}";

    /// <summary>How a later paragraph refers back: "Mr Okaren", "Sir Dovrel", or the bare surname.</summary>
    public string Short(Dice dice) => Honour == "Sir" && dice.Chance(0.5) ? $"Sir {Given}"
        : dice.Chance(0.25) ? Surname
        : $"{(Woman ? dice.Pick(["Ms", "Mrs"]) : "Mr")} {Surname}";

    public string Pronoun => Woman ? "she" : "he";
}

/// <summary>The people, parties and places of a synthetic archive, all built from the seed. Names are made
/// of syllables, so neither extractor can know them from a list: they must be found from context.</summary>
internal sealed class Cast
{
    public const int Size = 6_000;

    public static readonly Party[] Parties =
    [
        new("Labour", "Labour", "Labour", "the Labour Party"), new("Conservative", "Tory", "Conservative", "the Conservatives"),
        new("Liberal Democrat", "Lib Dem", "Liberal Democrat", "the Liberal Democrats"), new("Green Party", "Green", "Green", "the Green Party"),
        new("Reform UK", "Reform", "Reform UK", "Reform UK"), new("Independent", "independent", "independent", "no party"),
    ];

    public static readonly string[] Boroughs =
    [
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
        "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow",
        "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
        "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth",
        "Westminster",
    ];

    private static readonly string[] Onsets = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "gr", "kr", "sh", "st", "th", "tr", "ch", "gl"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "v"];
    private static readonly string[] SurnameEnds = ["", "", "", "son", "ley", "wood", "ford", "ton", "er", "ini", "ova", "ade", "well"];

    public IReadOnlyList<CastMember> People { get; }
    public IReadOnlyList<string> Seats { get; }

    public Cast(int seed)
    {
        var dice = Dice.For(seed, -1);
        var givenNames = Distinct(dice, 900, () => Word(dice, 2, 2));
        var surnames = Distinct(dice, 2_500, () => Word(dice, 2, 3) + dice.Pick(SurnameEnds));
        var people = new List<CastMember>(Size);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (people.Count < Size)
        {
            var surname = dice.Chance(0.04) ? $"{dice.Pick(surnames)}-{dice.Pick(surnames)}" : dice.Pick(surnames);
            var member = new CastMember(dice.Pick(givenNames), surname, dice.Chance(0.45), PartyFor(dice),
                dice.Chance(0.03) ? "Sir" : null);
            if (seen.Add(member.Full)) people.Add(member);
        }
        People = people;
        Seats = Boroughs.SelectMany(b => new[] { b, $"{b} North", $"{b} South", $"{b} West", $"{b} and {Word(dice, 2, 2)}ton" })
            .Where(s => !s.Contains(" and ", StringComparison.Ordinal) || s.Split(" and ").Length == 2).Distinct().ToArray();
    }

    public CastMember Someone(Dice dice) => People[dice.Skewed(People.Count)];

    /// <summary>Distinct people for one story: candidates in one race are never the same person.</summary>
    public CastMember[] Several(Dice dice, int count)
    {
        var chosen = new List<CastMember>(count);
        while (chosen.Count < count)
        {
            var next = Someone(dice);
            if (chosen.All(c => c.Full != next.Full && c.Surname != next.Surname)) chosen.Add(next);
        }
        return chosen.ToArray();
    }

    private static Party PartyFor(Dice dice)
    {
        var roll = dice.Unit();
        return Parties[roll < 0.34 ? 0 : roll < 0.62 ? 1 : roll < 0.76 ? 2 : roll < 0.88 ? 3 : roll < 0.95 ? 4 : 5];
    }

    private static string Word(Dice dice, int minSyllables, int maxSyllables)
    {
        var syllables = dice.Between(minSyllables, maxSyllables);
        var word = string.Concat(Enumerable.Range(0, syllables).Select(i => dice.Pick(Onsets) + dice.Pick(Vowels) + (i == syllables - 1 ? dice.Pick(Codas) : "")));
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word);
    }

    private static string[] Distinct(Dice dice, int count, Func<string> make)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count) words.Add(make());
        return words.Order(StringComparer.Ordinal).ToArray();
    }
}
