namespace NewsArchive.Language;

/// <summary>A number as written in the news: its value, how it was qualified, and the words themselves.</summary>
public sealed record Quantity(decimal Value, Bound Bound, string Text);

/// <summary>How a number was qualified as written: "almost 7,000" is approximate, "more than 300,000" a lower bound.</summary>
public enum Bound
{
    Exact,
    Approximate,
    MoreThan,
    LessThan,
}
