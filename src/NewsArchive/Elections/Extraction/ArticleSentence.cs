using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Import;
using NewsArchive.People;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// One sentence with each person mention replaced by a token ("⟦PB⟧"), so the rules can say "a person"
/// without knowing names. Tokens use letters, never digits, so number patterns cannot match inside them.
/// </summary>
internal sealed partial class ArticleSentence
{
    private ArticleSentence(int paragraph, string text, string tokenised, IReadOnlyList<string> people)
    {
        Paragraph = paragraph;
        Text = text;
        Tokenised = tokenised;
        People = people;
    }

    public int Paragraph { get; }
    public string Text { get; }
    public string Tokenised { get; }

    /// <summary>The full names the tokens stand for, by token number.</summary>
    public IReadOnlyList<string> People { get; }

    public SourceSentence Source => new(Paragraph, Text);

    /// <summary>True when the sentence holds a person token; every rule about a person needs one.</summary>
    public bool HasToken => Tokenised.Contains('⟦');

    // The article is read twice, so what a sentence says on its own is worked out once.
    private IReadOnlyList<RawFigure>? _figures;
    private IReadOnlyList<CandidateStatement>? _candidates;
    private IReadOnlyList<(string Person, string Party)>? _labels;
    private SentenceCues? _cues;

    public IReadOnlyList<RawFigure> Figures => _figures ??= FigureReader.Find(Tokenised);
    public IReadOnlyList<CandidateStatement> Candidates => _candidates ??= HasToken ? CandidateReader.Find(this) : [];
    public IReadOnlyList<(string Person, string Party)> Labels => _labels ??= HasToken ? PartyLabels.Find(this).ToList() : [];
    public SentenceCues Cues => _cues ??= new SentenceCues(Tokenised);

    /// <summary>Matches one person token; group t holds its letters.</summary>
    public const string Person = "⟦P(?<t>[A-Z]+)⟧";

    [GeneratedRegex(Person)]
    public static partial Regex PersonToken();

    public string PersonAt(Match token) => People[Decode(token.Groups["t"].Value)];

    /// <param name="lead">What stands above the body (the headline, the standfirst), numbered before the first
    /// paragraph (-1 just above it): a headline often names the election the body calls "the election". The
    /// people's mentions are the body's, so lead sentences carry no person tokens.</param>
    public static IReadOnlyList<ArticleSentence> Split(IReadOnlyList<string> paragraphs, IReadOnlyList<PersonInArticle> people, IReadOnlyList<string>? lead = null)
    {
        var byParagraph = MentionsByParagraph(paragraphs.Count, people);
        // "Reform UK ... Reform polled just under 6%": a party's short word, in an article that names it in full.
        var shortNames = Parties.ShortNamesIn(paragraphs.Concat(lead ?? []));
        var sentences = new List<ArticleSentence>();
        for (var l = 0; l < (lead?.Count ?? 0); l++)
            foreach (var (start, length) in Sentences.Split(lead![l]))
                sentences.Add(new ArticleSentence(l - lead.Count, lead[l].Substring(start, length), Parties.SpelledOut(lead[l].Substring(start, length), shortNames), []));
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var mentions = byParagraph[p];
            foreach (var (start, length) in Sentences.Split(paragraphs[p]))
            {
                var text = paragraphs[p].Substring(start, length);
                var inside = mentions.Where(m => m.Start >= start && m.Start + m.Length <= start + length);
                sentences.Add(Tokenise(p, text, start, inside, shortNames));
            }
        }
        return sentences;
    }

    /// <summary>Every paragraph's mentions in text order; people in article order break ties, as before.</summary>
    private static List<(string Name, int Start, int Length)>[] MentionsByParagraph(int paragraphs, IReadOnlyList<PersonInArticle> people)
    {
        var byParagraph = new List<(string Name, int Start, int Length)>[paragraphs];
        for (var p = 0; p < paragraphs; p++) byParagraph[p] = [];
        foreach (var person in people)
            foreach (var m in person.Mentions)
                if (m.Paragraph >= 0 && m.Paragraph < paragraphs) byParagraph[m.Paragraph].Add((person.Name, m.Start, m.Length));
        for (var p = 0; p < paragraphs; p++)
            if (byParagraph[p].Count > 1) byParagraph[p] = [.. byParagraph[p].OrderBy(m => m.Start)];
        return byParagraph;
    }

    private static ArticleSentence Tokenise(int paragraph, string text, int offset, IEnumerable<(string Name, int Start, int Length)> mentions,
        IReadOnlyList<(string Word, string Party)> shortNames)
    {
        var builder = new StringBuilder(text.Length);
        var names = new List<string>();
        var at = 0;
        foreach (var (name, start, length) in mentions)
        {
            var local = start - offset;
            if (local < at) continue;
            builder.Append(text, at, local - at);
            var index = names.IndexOf(name);
            if (index < 0)
            {
                index = names.Count;
                names.Add(name);
            }
            builder.Append("⟦P").Append(Encode(index)).Append('⟧');
            at = local + length;
        }
        builder.Append(text, at, text.Length - at);
        return new ArticleSentence(paragraph, text, Parties.SpelledOut(builder.ToString(), shortNames), names);
    }

    private static string Encode(int index)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Insert(0, (char)('A' + index % 26));
            index /= 26;
        } while (index > 0);
        return letters.ToString();
    }

    private static int Decode(string letters) => letters.Aggregate(0, (value, c) => value * 26 + (c - 'A'));
}
