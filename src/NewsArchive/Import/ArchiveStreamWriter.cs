using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>
/// Writes a new archive while it is understood, in batches, inside one transaction of the build (which is
/// published only when complete, so readers never see it half written). Articles and their paragraphs go
/// straight into their tables. The rows that belong to a person or an election (mentions, quotes, coverage,
/// figures…) go into scratch tables first: people are numbered in name-key order and elections by year, which
/// is known only when the whole archive has been read, and each row's id follows its owner's number. At the
/// end they are copied across in that order, so every id is the one a writer holding the whole archive in
/// memory would have given.
/// </summary>
internal sealed class ArchiveStreamWriter : IAsyncDisposable
{
    private const int RowsPerBatch = 8192;
    private const string PersonNumbers = "ScratchPersonNumbers", ElectionNumbers = "ScratchElectionNumbers";

    private readonly ArchiveBuild _build;
    private readonly ArchiveDbContext _context;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly TableShape _articles, _paragraphs;
    private readonly Dictionary<Type, ScratchTable> _scratch;
    private readonly List<object?[]> _articleRows = [], _paragraphRows = [];
    private int _articleId, _paragraphId, _pending;

    private ArchiveStreamWriter(ArchiveBuild build, ArchiveDbContext context, DbConnection connection, DbTransaction transaction)
    {
        _build = build;
        _context = context;
        _connection = connection;
        _transaction = transaction;
        var model = context.Model;
        _articles = TableShape.Of<Article>(model);
        _paragraphs = TableShape.Of<Paragraph>(model);
        _scratch = new ScratchTable[]
        {
            new(TableShape.Of<Mention>(model), typeof(Mention), nameof(Mention.PersonId), PersonNumbers),
            new(TableShape.Of<Appearance>(model), typeof(Appearance), nameof(Appearance.PersonId), PersonNumbers),
            new(TableShape.Of<Affiliation>(model), typeof(Affiliation), nameof(Affiliation.PersonId), PersonNumbers),
            new(TableShape.Of<RoleHeld>(model), typeof(RoleHeld), nameof(RoleHeld.PersonId), PersonNumbers),
            new(TableShape.Of<Quote>(model), typeof(Quote), nameof(Quote.PersonId), PersonNumbers),
            new(TableShape.Of<ElectionCoverage>(model), typeof(ElectionCoverage), nameof(ElectionCoverage.ElectionEntryId), ElectionNumbers),
            new(TableShape.Of<CandidacyEntry>(model), typeof(CandidacyEntry), nameof(CandidacyEntry.ElectionEntryId), ElectionNumbers,
                (nameof(CandidacyEntry.PersonId), PersonNumbers)),
            new(TableShape.Of<FigureEntry>(model), typeof(FigureEntry), nameof(FigureEntry.ElectionEntryId), ElectionNumbers,
                (nameof(FigureEntry.PersonId), PersonNumbers)),
        }.ToDictionary(s => s.Entity);
    }

    public static async Task<ArchiveStreamWriter> OpenAsync(ArchiveBuild build, CancellationToken cancellationToken)
    {
        var context = build.OpenContext();
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        await build.BeforeBulkWriteAsync(connection, cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await context.Database.UseTransactionAsync(transaction, cancellationToken);
        var writer = new ArchiveStreamWriter(build, context, connection, transaction);
        foreach (var scratch in writer._scratch.Values) writer.Execute(build.CreateScratchTableSql(scratch.Name, scratch.Shape.Name));
        foreach (var numbers in new[] { PersonNumbers, ElectionNumbers })
            writer.Execute($"CREATE TEMP TABLE \"{numbers}\" (\"Provisional\" integer PRIMARY KEY, \"Final\" integer NOT NULL)");
        return writer;
    }

    /// <summary>Numbers the article and its paragraphs (in file order, as the archive has always numbered them)
    /// and queues their rows.</summary>
    public void Add(Article article)
    {
        article.Id = ++_articleId;
        _articleRows.Add(_articles.Row(article));
        foreach (var paragraph in article.Paragraphs)
        {
            paragraph.Id = ++_paragraphId;
            paragraph.ArticleId = article.Id;
            _paragraphRows.Add(_paragraphs.Row(paragraph));
        }
        Queued(1 + article.Paragraphs.Count);
    }

    /// <summary>Queues a row owned by a person or an election, whose foreign keys hold provisional numbers
    /// (the owner's and any person's) and the real article id.</summary>
    public void AddOwned(object entity)
    {
        var scratch = _scratch[entity.GetType()];
        var row = scratch.Shape.Row(entity);
        row[scratch.IdIndex] = ++scratch.Sequence;
        scratch.Rows.Add(row);
        Queued(1);
    }

    private void Queued(int rows)
    {
        _pending += rows;
        if (_pending >= RowsPerBatch) Flush();
    }

    /// <summary>Writes what is queued. Articles before paragraphs: a paragraph's article must exist.</summary>
    private void Flush()
    {
        Insert(_articles.Batch(_articleRows));
        Insert(_paragraphs.Batch(_paragraphRows));
        _articleRows.Clear();
        _paragraphRows.Clear();
        foreach (var scratch in _scratch.Values)
        {
            Insert(scratch.Shape.Batch(scratch.Rows, scratch.Name));
            scratch.Rows.Clear();
        }
        _pending = 0;
    }

    /// <summary>Writes the people and elections, numbered in their final order, copies the owned rows across
    /// in their owners' order, renders the paragraphs' HTML, counts what the pages summarise and puts each race's page
    /// and each person's and party's results together, then the rest, the full-text index, and commits.</summary>
    /// <param name="people">In final order; each <c>Id</c> holds its provisional number, replaced here.</param>
    /// <param name="step">Told as each step starts, so a report of progress (and the bench's memory per stage) can
    /// place the time and memory of the end of the build.</param>
    public async Task FinishAsync(IReadOnlyList<Person> people, IReadOnlyList<ElectionEntry> elections, IReadOnlyList<RetiredArticle> retired,
        ArchiveInfo info, Action<string> step, CancellationToken cancellationToken)
    {
        Flush();
        var model = _context.Model;
        Insert(Numbers(PersonNumbers, people.Select(p => p.Id)));
        Insert(Numbers(ElectionNumbers, elections.Select(e => e.Id)));
        var aliases = new List<object?[]>();
        var aliasShape = TableShape.Of<PersonAlias>(model);
        for (var i = 0; i < people.Count; i++)
        {
            people[i].Id = i + 1;
            foreach (var alias in people[i].Aliases)
            {
                alias.Id = aliases.Count + 1;
                alias.PersonId = i + 1;
                aliases.Add(aliasShape.Row(alias));
            }
        }
        for (var i = 0; i < elections.Count; i++) elections[i].Id = i + 1;
        InsertAll(TableShape.Of<Person>(model), people);
        Insert(aliasShape.Batch(aliases));
        InsertAll(TableShape.Of<ElectionEntry>(model), elections);
        cancellationToken.ThrowIfCancellationRequested();
        step("owned rows in their owners' order");
        foreach (var scratch in _scratch.Values) Execute(scratch.CopySql());
        step("paragraphs' HTML");
        ParagraphHtmlWriter.Write(_context, _connection, _transaction, _articleId, Insert, cancellationToken);
        step("summaries");
        foreach (var summary in ArchiveSummaries.Sql(_build, people)) Execute(summary.Sql, summary.Parameters);
        step("election pages");
        await ElectionPageSummaries.WriteAsync(_context, elections, Insert, Execute, cancellationToken);
        step("people's and parties' sections");
        await StoredSectionWriter.WriteAsync(_context, Insert, cancellationToken);
        step("people's quotes shown");
        await ShownQuoteWriter.WriteAsync(_context, Insert, cancellationToken);
        for (var i = 0; i < retired.Count; i++) retired[i].Id = i + 1;
        InsertAll(TableShape.Of<RetiredArticle>(model), retired);
        info.Id = 1;
        InsertAll(TableShape.Of<ArchiveInfo>(model), [info]);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var scratch in _scratch.Values.Select(s => s.Name).Append(PersonNumbers).Append(ElectionNumbers)) Execute($"DROP TABLE \"{scratch}\"");
        step("full-text index");
        await _build.IndexArticlesAsync(_context, cancellationToken);
        step("committing");
        await _transaction.CommitAsync(cancellationToken);
        await _build.AfterBulkWriteAsync(_connection, cancellationToken);
    }

    private RowBatch Numbers(string table, IEnumerable<int> provisional)
    {
        var person = TableShape.Of<Person>(_context.Model);
        var integer = person.Mappings[person.Columns.ToList().IndexOf(person.Column(nameof(Person.Id)))];
        var rows = provisional.Select((number, i) => new object?[] { number, i + 1 }).ToList();
        return new RowBatch(table, ["Provisional", "Final"], [integer, integer], rows);
    }

    private void InsertAll<T>(TableShape shape, IReadOnlyList<T> entities) where T : notnull =>
        Insert(shape.Batch(entities.Select(e => shape.Row(e)).ToList()));

    private void Insert(RowBatch batch) => _build.InsertRows(_connection, _transaction, batch);

    private void Execute(string sql, params object[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = parameters[i];
            command.Parameters.Add(parameter);
        }
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _context.DisposeAsync();
    }

    /// <summary>Rows of one owned table, held in a scratch table until their owners are numbered.</summary>
    private sealed class ScratchTable(TableShape shape, Type entity, string owner, string ownerNumbers, params (string Column, string Numbers)[] others)
    {
        public TableShape Shape { get; } = shape;
        public Type Entity { get; } = entity;
        public string Name { get; } = "Scratch" + shape.Name;
        public int IdIndex { get; } = shape.Columns.ToList().IndexOf(shape.Column("Id"));
        public List<object?[]> Rows { get; } = [];
        public int Sequence { get; set; }

        /// <summary>Into the real table, numbered by (owner's final number, order written), foreign keys
        /// turned from provisional numbers to final ones.</summary>
        public string CopySql()
        {
            var remapped = new List<(string Column, string Numbers, string Alias)> { (Shape.Column(owner), ownerNumbers, "o") };
            remapped.AddRange(others.Select((o, i) => (Shape.Column(o.Column), o.Numbers, $"r{i}")));
            var id = Shape.Column("Id");
            var values = Shape.Columns.Select(c =>
                c == id ? $"row_number() OVER (ORDER BY o.\"Final\", s.\"{id}\")"
                : remapped.FirstOrDefault(r => r.Column == c) is { Alias: { } alias } ? $"{alias}.\"Final\""
                : $"s.\"{c}\"");
            var joins = remapped.Select(r => $"LEFT JOIN \"{r.Numbers}\" {r.Alias} ON {r.Alias}.\"Provisional\" = s.\"{r.Column}\"");
            return $"INSERT INTO \"{Shape.Name}\" ({string.Join(", ", Shape.Columns.Select(c => $"\"{c}\""))}) " +
                $"SELECT {string.Join(", ", values)} FROM \"{Name}\" s {string.Join(" ", joins)} ORDER BY 1";
        }
    }
}
