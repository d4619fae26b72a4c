using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Import;

/// <summary>
/// Builds one node at a time from a parser's events, as YamlDotNet's <see cref="YamlStream"/> builds a whole
/// document: the same node types and tags, anchors and aliases, and the same refusal of a duplicate key. A
/// caller can so read a long mapping entry by entry and keep only what it takes from each. Two differences:
/// an alias must come after its anchor, as YAML requires (<see cref="YamlStream"/> also resolves one that
/// comes before it), and it may not refer to a node that contains it: such a cycle, hashed as a key,
/// overflows the stack.
/// </summary>
internal sealed class YamlNodeBuilder(IParser parser)
{
    // Stands for a node the caller reads itself and does not keep (the file's root, its long mapping).
    private static readonly YamlScalarNode NotKept = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<YamlNode> _unfinished = new(ReferenceEqualityComparer.Instance);

    /// <summary>Anchors belong to one document.</summary>
    public void StartDocument() => _anchors.Clear();

    /// <summary>Steps into a mapping the caller reads entry by entry; an alias to it is refused.</summary>
    public void EnterMapping()
    {
        var start = parser.Consume<MappingStart>();
        if (!start.Anchor.IsEmpty) _anchors[start.Anchor.Value] = NotKept;
    }

    /// <summary>The node that starts at the parser's current event, with everything inside it.</summary>
    public YamlNode Build()
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the file");
        parser.MoveNext();
        switch (current)
        {
            case Scalar scalar:
                return Anchored(scalar, new YamlScalarNode(scalar.Value) { Tag = scalar.Tag, Style = scalar.Style });
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var node) || ReferenceEquals(node, NotKept))
                    throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} does not follow an anchor it can refer to");
                return _unfinished.Contains(node)
                    ? throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} is inside the node it refers to")
                    : node;
            case SequenceStart start:
                var sequence = Anchored(start, new YamlSequenceNode { Tag = start.Tag, Style = start.Style });
                _unfinished.Add(sequence);
                while (!parser.TryConsume<SequenceEnd>(out _)) sequence.Add(Build());
                _unfinished.Remove(sequence);
                return sequence;
            case MappingStart start:
                var mapping = Anchored(start, new YamlMappingNode { Tag = start.Tag, Style = start.Style });
                _unfinished.Add(mapping);
                var keys = new UniqueKeys(parser);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = keys.Add(Build());
                    mapping.Add(key, Build());
                }
                _unfinished.Remove(mapping);
                return mapping;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private T Anchored<T>(NodeEvent from, T node) where T : YamlNode
    {
        // Registered before the node's children, as YamlDotNet does: an alias inside the node finds this node
        // (and is refused as a cycle), not an earlier node of the same anchor.
        if (!from.Anchor.IsEmpty) _anchors[from.Anchor.Value] = node;
        return node;
    }
}

/// <summary>The keys of one mapping, refused when one comes twice (equal as YamlDotNet's nodes are: by tag and value).</summary>
internal sealed class UniqueKeys(IParser parser)
{
    private readonly HashSet<YamlNode> _keys = [];

    public YamlNode Add(YamlNode key)
    {
        if (_keys.Add(key)) return key;
        var at = parser.Current?.Start ?? Mark.Empty;
        throw new YamlException(at, at, $"Duplicate key {key}");
    }
}
