using YamlDotNet.RepresentationModel;

namespace NewsArchive.Import;

/// <summary>
/// Reads the fields of one article's metadata mapping, as static-site generators (Hugo, Jekyll) and this
/// project's own articles.yml write them. Keys are matched without regard to case; unknown keys are ignored.
/// A field that cannot be read costs that field and a warning, never the article.
/// </summary>
internal static class MetadataFields
{
    private const int MaxHeadlineLength = 300;
    private const int MaxTextLength = 2000;
    private const int MaxListItems = 50;

    // The first key present wins: the project's own key, then the common static-site ones.
    private static readonly string[] DateKeys = ["published", "date", "publishdate", "pubdate", "datepublished"];
    private static readonly string[] StandfirstKeys = ["subtitle", "standfirst", "description", "summary", "excerpt"];

    public static ArticleMetadata Read(YamlMappingNode mapping, string file, List<ImportWarning> warnings)
    {
        void Warn(string reason) => warnings.Add(new ImportWarning(file, reason));
        var fields = ByName(mapping, Warn);
        var fieldReader = new FieldReader(fields, Warn);

        // "headline: true" is a flag that puts the article on a front page; only text is a headline.
        var headline = fieldReader.IsFlag("headline") ? null : fieldReader.Text("headline", MaxHeadlineLength);
        var title = fieldReader.Text("title", MaxHeadlineLength);
        var (date, moment) = ReadDate(fieldReader);
        var draft = fieldReader.Flag("draft");
        // "published: false" (Jekyll) withholds an article as a draft does.
        if (fieldReader.IsFlag("published") && fieldReader.Flag("published") is { } published) draft = (draft ?? false) || !published;

        return new ArticleMetadata(date, fieldReader.Text("source", MaxTextLength), headline ?? title)
        {
            PublishedAt = moment,
            Standfirst = StandfirstKeys.Select(k => fieldReader.Text(k, MaxTextLength)).FirstOrDefault(t => t is not null),
            Authors = fieldReader.List("authors") ?? fieldReader.List("author") ?? fieldReader.List("byline"),
            Categories = fieldReader.List("categories") ?? fieldReader.List("category"),
            Tags = fieldReader.List("tags") ?? fieldReader.List("tag") ?? fieldReader.List("keywords"),
            Draft = draft,
        };
    }

    private static (DateOnly?, DateTimeOffset?) ReadDate(FieldReader fields)
    {
        foreach (var key in DateKeys)
        {
            if (fields.IsFlag(key) || fields.Text(key, MaxTextLength) is not { } text) continue;
            if (PublicationDate.TryParse(text, out var date, out var moment)) return (date, moment);
            fields.Warn($"'{key}' is not a date ('{Shorten(text)}'; write it as YYYY-MM-DD, with a time and zone if known); ignored");
        }
        return (null, null);
    }

    private static Dictionary<string, YamlNode> ByName(YamlMappingNode mapping, Action<string> warn)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            if (SafeYaml.Text(key) is not { } name) warn("a key that is not text (a list or mapping used as a key); ignored");
            else fields.TryAdd(name.Trim(), value);
        }
        return fields;
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class FieldReader(Dictionary<string, YamlNode> fields, Action<string> warn)
    {
        private readonly HashSet<string> _warned = new(StringComparer.OrdinalIgnoreCase);

        public void Warn(string reason) => warn(reason);

        public bool IsFlag(string key) => fields.TryGetValue(key, out var node) && SafeYaml.Text(node)?.Trim().ToLowerInvariant() is "true" or "false";

        public bool? Flag(string key)
        {
            if (!fields.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" }) return null;
            if (IsFlag(key)) return SafeYaml.Text(node)!.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
            Once(key, $"'{key}' is not true or false; ignored");
            return null;
        }

        public string? Text(string key, int maxLength)
        {
            if (!fields.TryGetValue(key, out var node)) return null;
            if (node is not YamlScalarNode scalar)
            {
                Once(key, $"'{key}' is {Describe(node)}, not text; ignored");
                return null;
            }
            if (string.IsNullOrWhiteSpace(scalar.Value)) return null;
            var text = Collapse(scalar.Value);
            if (text.Length <= maxLength) return text;
            Once(key, $"'{key}' is {text.Length:N0} characters long (the limit is {maxLength:N0}); ignored");
            return null;
        }

        /// <summary>A list of names: a YAML list, one text, or text separated by commas; an item may be a
        /// mapping with a name (schema.org style authors).</summary>
        public IReadOnlyList<string>? List(string key)
        {
            if (!fields.TryGetValue(key, out var node)) return null;
            IEnumerable<YamlNode> items = node switch
            {
                YamlSequenceNode sequence => sequence.Children,
                YamlMappingNode => [node],
                _ => [],
            };
            var values = node is YamlScalarNode { Value: { } text }
                ? text.Split(',').ToList()
                : items.Select(item => item is YamlMappingNode named && named.Children.TryGetValue(new YamlScalarNode("name"), out var name) ? SafeYaml.Text(name) : SafeYaml.Text(item))
                    .Where(v => v is not null || Once(key, $"'{key}' has an item that is not text; it was left out")).Select(v => v!).ToList();
            var cleaned = values.Select(Collapse).Where(v => v.Length is > 0 and <= MaxHeadlineLength).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (cleaned.Count > MaxListItems)
            {
                Once(key, $"'{key}' has {cleaned.Count} items; the first {MaxListItems} were kept");
                cleaned = cleaned[..MaxListItems];
            }
            return cleaned.Count > 0 ? cleaned : null;
        }

        private bool Once(string key, string reason)
        {
            if (_warned.Add(key)) warn(reason);
            return false;
        }

        private static string Describe(YamlNode node) => node switch
        {
            YamlSequenceNode => "a list",
            YamlMappingNode => "a mapping",
            _ => "an alias",
        };
    }
}
