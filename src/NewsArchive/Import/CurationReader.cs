using NewsArchive.People;
using YamlDotNet.RepresentationModel;

using NewsArchive.Language;

namespace NewsArchive.Import;

/// <summary>
/// Reads <c>curation.yml</c>:
/// <code>
/// people:
///   merge:        [{ into: Keir Starmer, names: [Keir Rodney Starmer] }]
///   rename:       [{ from: Sian Berry, to: Siân Berry }]
///   party:        [{ person: Count Binface, party: Independent }]
///   not-a-person: [Jacksons Wharf]
/// figures:
///   drop:   [{ election: london-mayor-2021, text: "39%" }]
///   attach: [{ election: aberdeenshire-west-2021, person: Alexander Burnett, kind: majority,
///              value: "more than 3,000", file: 002.txt, sentence: "The Tories held ..." }]
/// </code>
/// </summary>
public static class CurationReader
{
    public const string FileName = "curation.yml";

    /// <summary>The folder's curation, or <see cref="Curation.None"/> without a file. A malformed file is a
    /// warning and is ignored whole: half an editor's corrections could mislead more than none.</summary>
    public static Curation Read(string seedsFolder, List<ImportWarning> warnings)
    {
        var path = Path.Combine(seedsFolder, FileName);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null) return Curation.None;
        try
        {
            var (text, refusal) = SeedFolderReader.ReadText(path, SeedFolderReader.MaxMetadataBytes);
            return Parse(text ?? throw new FormatException(refusal));
        }
        catch (FormatException ex)
        {
            warnings.Add(new ImportWarning(FileName, $"ignored: {ex.Message}"));
            return Curation.None;
        }
    }

    public static Curation Parse(string yaml)
    {
        var curation = new Curation();
        if (SafeYaml.LoadMapping(yaml, FileName) is not { } root) return curation;
        if (Child(root, "figures") is YamlMappingNode figures) ReadFigures(figures, curation.Figures);
        if (Child(root, "people") is not YamlMappingNode people) return curation;

        foreach (var entry in Items(people, "merge"))
        {
            var into = Text(entry, "into");
            foreach (var name in Child(entry, "names") is YamlSequenceNode names ? names.Children.Select(Scalar) : [])
                curation.NameChanges.Add(new Curation.NameChange(name, into, $"merge '{name}' into '{into}'"));
        }
        foreach (var entry in Items(people, "rename"))
        {
            var (from, to) = (Text(entry, "from"), Text(entry, "to"));
            curation.NameChanges.Add(new Curation.NameChange(from, to, $"rename '{from}' to '{to}'"));
        }
        foreach (var entry in Items(people, "party"))
        {
            var (person, party) = (Text(entry, "person"), Text(entry, "party"));
            curation.Parties.Add(new Curation.PartySetting(person, party, $"party of '{person}' is '{party}'"));
        }
        if (Child(people, "not-a-person") is YamlSequenceNode notPeople)
        {
            foreach (var name in notPeople.Children.Select(Scalar))
                curation.NotPeople.Add(new Curation.NotAPerson(name, $"'{name}' is not a person"));
        }
        return curation;
    }

    private static void ReadFigures(YamlMappingNode figures, Elections.FigureCuration curation)
    {
        foreach (var entry in Items(figures, "drop"))
            curation.Drops.Add(new Elections.FigureCuration.Drop(Text(entry, "election"), Text(entry, "text")));
        foreach (var entry in Items(figures, "attach"))
        {
            var kindText = Text(entry, "kind");
            if (!Enum.TryParse<Elections.FigureKind>(kindText, ignoreCase: true, out var kind))
                throw new FormatException($"unknown figure kind '{kindText}' (votes, share, majority, seats, turnout)");
            var valueText = Text(entry, "value");
            var value = Language.NewsNumber.Parse(valueText) ?? throw new FormatException($"'{valueText}' is not a number as news writes them");
            var person = Child(entry, "person") is YamlScalarNode { Value: { Length: > 0 } p } ? p.Trim() : null;
            var party = Child(entry, "party") is YamlScalarNode { Value: { Length: > 0 } q } ? q.Trim() : null;
            if (person is null && party is null) throw new FormatException("an attached figure needs a person or a party");
            curation.Attaches.Add(new Elections.FigureCuration.Attach(
                Text(entry, "election"), person, party, kind, value, Text(entry, "file"), Text(entry, "sentence")));
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key) => Child(node, key) switch
    {
        null => [],
        YamlSequenceNode sequence => sequence.Children.Select(c => c as YamlMappingNode ?? throw new FormatException($"each '{key}' entry must be a mapping")),
        _ => throw new FormatException($"'{key}' must be a list"),
    };

    private static string Text(YamlMappingNode node, string key) =>
        Child(node, key) is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw new FormatException($"an entry is missing '{key}'");

    private static string Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw new FormatException("a name must be plain text");
}
