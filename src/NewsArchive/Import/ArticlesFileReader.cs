using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Import;

/// <summary>
/// Reads a folder's articles.yml entry by entry as the parser streams it, keeping only each file's
/// <see cref="ArticleMetadata"/>: a node tree of the whole file costs some fifty times the file's size, and
/// an archive of 100,000 articles has a 6 MB file. What is read, warned about and refused is what a tree of
/// the whole file gave (<see cref="YamlNodeBuilder"/> builds each entry as YamlDotNet would); the rest of the
/// file is still parsed to its end, so an error after the entries refuses the file as before.
/// </summary>
internal static class ArticlesFileReader
{
    private static readonly YamlScalarNode ArticlesKey = new("articles");

    public static Dictionary<string, ArticleMetadata> Read(IParser parser, List<ImportWarning> warnings)
    {
        var result = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        var nodes = new YamlNodeBuilder(parser);
        parser.Consume<StreamStart>();
        for (var first = true; parser.TryConsume<DocumentStart>(out _); first = false)
        {
            nodes.StartDocument();
            // Only the first document is the file's metadata; any later one must still be YAML.
            if (first) ReadRoot(parser, nodes, result, warnings);
            else nodes.Build();
            parser.Consume<DocumentEnd>();
        }
        parser.Consume<StreamEnd>();
        return result;
    }

    private static void ReadRoot(IParser parser, YamlNodeBuilder nodes, Dictionary<string, ArticleMetadata> result, List<ImportWarning> warnings)
    {
        if (parser.Current is not MappingStart)
        {
            if (nodes.Build() is YamlScalarNode { Value: null or "" }) return;
            throw new FormatException("articles.yml must be a mapping of fields");
        }
        nodes.EnterMapping();
        var keys = new UniqueKeys(parser);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!keys.Add(nodes.Build()).Equals(ArticlesKey)) nodes.Build();
            else if (parser.Current is MappingStart) ReadEntries(parser, nodes, result, warnings);
            // An alias to a mapping written earlier is as good as the mapping.
            else if (nodes.Build() is YamlMappingNode byFile) foreach (var (key, value) in byFile.Children) Add(key, value, result, warnings);
            else throw new FormatException("'articles' must map file names to their metadata");
        }
    }

    private static void ReadEntries(IParser parser, YamlNodeBuilder nodes, Dictionary<string, ArticleMetadata> result, List<ImportWarning> warnings)
    {
        nodes.EnterMapping();
        var files = new UniqueKeys(parser);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = files.Add(nodes.Build());
            Add(key, nodes.Build(), result, warnings);
        }
    }

    private static void Add(YamlNode key, YamlNode value, Dictionary<string, ArticleMetadata> result, List<ImportWarning> warnings)
    {
        if (SafeYaml.Text(key) is not { Length: > 0 } fileName)
        {
            warnings.Add(new ImportWarning(MetadataReader.FolderFileName, "an entry whose key is not a file name (a list or mapping used as a key); ignored"));
            return;
        }
        if (value is not YamlMappingNode fields)
        {
            warnings.Add(new ImportWarning(MetadataReader.FolderFileName, $"the entry for '{fileName}' is not a mapping of fields; ignored"));
            return;
        }
        var fieldWarnings = new List<ImportWarning>();
        result[fileName] = MetadataFields.Read(fields, fileName, fieldWarnings);
        warnings.AddRange(fieldWarnings.Select(w => w with { File = MetadataReader.FolderFileName, Reason = $"'{fileName}': {w.Reason}" }));
    }
}
