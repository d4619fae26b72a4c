using NewsArchive.People;

using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>An editor's corrections to the figures: drop one the extractor attached wrongly, or attach one it
/// missed, naming the article and the sentence that states it.</summary>
public sealed class FigureCuration
{
    public sealed class Drop(string electionSlug, string text) : Curation.Entry($"drop figure '{text}' from '{electionSlug}'")
    {
        public string ElectionSlug { get; } = electionSlug;
        public string Text { get; } = text;
    }

    public sealed class Attach(string electionSlug, string? person, string? party, FigureKind kind, Quantity value, string file, string sentence)
        : Curation.Entry($"attach {kind.ToString().ToLowerInvariant()} '{value.Text}' to '{person ?? party}' in '{electionSlug}'")
    {
        public string ElectionSlug { get; } = electionSlug;
        public string? Person { get; } = person;
        public string? Party { get; } = party;
        public FigureKind Kind { get; } = kind;
        public Quantity Value { get; } = value;
        public string File { get; } = file;
        public string Sentence { get; } = sentence;
    }

    public List<Drop> Drops { get; } = [];
    public List<Attach> Attaches { get; } = [];

    public IEnumerable<Curation.Entry> Entries => Drops.Cast<Curation.Entry>().Concat(Attaches);

    public bool ShouldDrop(string electionSlug, string text)
    {
        var drop = Drops.FirstOrDefault(d => d.ElectionSlug == electionSlug && Normalise(d.Text) == Normalise(text));
        if (drop is null) return false;
        drop.Matched = true;
        return true;
    }

    /// <summary>"39%", "39 per cent" and "39" name the same figure.</summary>
    private static string Normalise(string text) =>
        text.Replace("per cent", "", StringComparison.OrdinalIgnoreCase).Replace("%", "").Replace(" ", "").Trim();
}
