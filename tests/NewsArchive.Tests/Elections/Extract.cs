using NewsArchive.Elections;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.Elections;

/// <summary>Runs the extractor over a few lines written in a test, one paragraph per line.</summary>
internal static class Extract
{
    public static readonly DateOnly Saturday = new(2021, 5, 8);

    public static ElectionExtraction From(string text, DateOnly? published, params string[] people)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ElectionExtractor.Extract(paragraphs, TestPeople.Find(paragraphs, people), published);
    }

    /// <summary>As <see cref="From"/>, with a headline above the body.</summary>
    public static ElectionExtraction WithHeadline(string headline, string text, DateOnly? published)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ElectionExtractor.Extract(paragraphs, [], published, [headline]);
    }

    /// <summary>Each election found, by its slug, in order.</summary>
    public static IReadOnlyList<string> Slugs(string text, DateOnly? published, params string[] people) =>
        From(text, published, people).Elections.Select(e => e.Slug).Order().ToList();

    /// <summary>Each election found, as (kind, area, year).</summary>
    public static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Elections(string text, DateOnly? published) =>
        From(text, published).Elections.Select(e => (e.Kind, e.Area, e.Year)).ToList();

    /// <summary>Each figure as (election, whose, kind, value): a person's, else a party's or a side's, else "-".</summary>
    public static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Filed(string text, DateOnly published, params string[] people) =>
        From(text, published, people).Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    public static ElectionFigure Figure(this ElectionExtraction result, FigureKind kind, string? candidate = null) =>
        Assert.Single(result.Figures, f => f.Kind == kind && (candidate is null || f.Candidate == candidate));
}

/// <summary>A results story of May 2005 about three people, as the result-pattern tests read it.</summary>
internal static class ResultRun
{
    public static readonly DateOnly May2005 = new(2005, 5, 7);
    public static readonly string[] People = ["Jane Doe", "John Roe", "Ann Poe"];

    public static ElectionExtraction Of(string text, DateOnly? published = null) => Extract.From(text, published ?? May2005, People);

    /// <summary>A results story of March 2018, a year after the 2017 general election, for rules that need no other date.</summary>
    public static readonly DateOnly March2018 = new(2018, 3, 10);

    /// <summary>Each figure of a text published in March 2018 (<see cref="Figures(ElectionExtraction)"/>).</summary>
    public static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> FiguresIn2018(string text) => Figures(Of(text, March2018));

    /// <summary>Each figure as (whose, kind, value): a person's, else a party's or a side's, else "-".</summary>
    public static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Figures(ElectionExtraction result) =>
        result.Figures.Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();
}
