using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Import;

/// <summary>
/// Loads YAML written by anyone: articles.yml, curation.yml, front matter. YamlDotNet builds its node tree
/// recursively, so 60 KB of nested brackets would overflow the stack and kill the process, which no catch
/// can stop. The events are counted as they stream past, and a document nested deeper than
/// <see cref="MaxDepth"/> or with more than <see cref="MaxNodes"/> nodes is refused before it is built.
/// Every refusal is a <see cref="FormatException"/> with the reason.
/// </summary>
public static class SafeYaml
{
    /// <summary>Metadata is a mapping of lists at most; 32 levels leaves room for any honest file.</summary>
    public const int MaxDepth = 32;
    public const int MaxNodes = 2_000_000;

    /// <summary>The first document's root mapping, or null for an empty document. Built by
    /// <see cref="YamlNodeBuilder"/> rather than <see cref="YamlStream"/>: YamlStream keeps an alias that comes
    /// before its anchor as an alias node, and two of them as keys of one mapping overflow the stack.</summary>
    public static YamlMappingNode? LoadMapping(string yaml, string what)
    {
        var document = Read(yaml, parser =>
        {
            var nodes = new YamlNodeBuilder(parser);
            YamlNode? first = null;
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                nodes.StartDocument();
                var root = nodes.Build();
                first ??= root;
                parser.Consume<DocumentEnd>();
            }
            parser.Consume<StreamEnd>();
            return first;
        });
        return document as YamlMappingNode
            ?? (document is null or YamlScalarNode { Value: null or "" } ? null : throw new FormatException($"{what} must be a mapping of fields"));
    }

    /// <summary>Hands <paramref name="read"/> the events of <paramref name="yaml"/>, counted and limited as
    /// they stream past; what YamlDotNet refuses comes out as a <see cref="FormatException"/>.</summary>
    public static T Read<T>(string yaml, Func<IParser, T> read)
    {
        try
        {
            return read(new LimitedParser(new Parser(new StringReader(yaml))));
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException is FormatException limit ? limit.Message : ex.Message;
            throw new FormatException($"invalid YAML at line {ex.Start.Line}: {reason}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Duplicate keys and the like surface from YamlDotNet's node tree as plain .NET exceptions.
            throw new FormatException($"invalid YAML: {ex.Message}", ex);
        }
    }

    /// <summary>The text of a scalar node, or null for anything else (a list, a mapping, an alias).</summary>
    public static string? Text(YamlNode? node) => node is YamlScalarNode { Value: { } value } ? value : null;

    private sealed class LimitedParser(IParser inner) : IParser
    {
        private int _depth;
        private int _nodes;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            var current = inner.Current;
            if (current is MappingStart or SequenceStart)
            {
                if (++_depth > MaxDepth) throw Refuse(current, $"nested more than {MaxDepth} levels deep");
            }
            else if (current is MappingEnd or SequenceEnd) _depth--;
            if (current is NodeEvent && ++_nodes > MaxNodes) throw Refuse(current, $"more than {MaxNodes:N0} values");
            return true;
        }

        private static YamlException Refuse(ParsingEvent at, string reason) => new(at.Start, at.End, reason, new FormatException(reason));
    }
}
