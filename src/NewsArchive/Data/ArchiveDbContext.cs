using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Elections;
using NewsArchive.People;
using NewsArchive.PoliticalParties;

using NewsArchive.Language;

namespace NewsArchive.Data;

public class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();
    public DbSet<ParagraphHtml> ParagraphHtml => Set<ParagraphHtml>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Appearance> Appearances => Set<Appearance>();
    public DbSet<Affiliation> Affiliations => Set<Affiliation>();
    public DbSet<RoleHeld> Roles => Set<RoleHeld>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<ArchiveInfo> ArchiveInfo => Set<ArchiveInfo>();
    public DbSet<RetiredArticle> RetiredArticles => Set<RetiredArticle>();
    public DbSet<ElectionEntry> Elections => Set<ElectionEntry>();
    public DbSet<ElectionCoverage> ElectionCoverage => Set<ElectionCoverage>();
    public DbSet<CandidacyEntry> Candidacies => Set<CandidacyEntry>();
    public DbSet<FigureEntry> Figures => Set<FigureEntry>();
    public DbSet<ElectionPageRow> ElectionPageRows => Set<ElectionPageRow>();
    public DbSet<PersonCompanion> PersonCompanions => Set<PersonCompanion>();
    public DbSet<PersonMonth> PersonMonths => Set<PersonMonth>();
    public DbSet<MonthCount> MonthCounts => Set<MonthCount>();
    public DbSet<SourceCount> SourceCounts => Set<SourceCount>();
    public DbSet<PartyArticle> PartyArticles => Set<PartyArticle>();
    public DbSet<PartyPerson> PartyPeople => Set<PartyPerson>();
    public DbSet<PartyStanding> PartyStandings => Set<PartyStanding>();
    public DbSet<ElectionArticle> ElectionArticles => Set<ElectionArticle>();
    public DbSet<QuotedArticle> QuotedArticles => Set<QuotedArticle>();
    public DbSet<StoredSection> StoredSections => Set<StoredSection>();
    public DbSet<ShownQuote> ShownQuotes => Set<ShownQuote>();

    protected override void OnConfiguring(DbContextOptionsBuilder options)
    {
        // A pooled context (the web app's) has this in its options already, and may not change them here.
        var replaced = options.Options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ReplacedServices;
        if (replaced?.ContainsKey((typeof(Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory), null)) != true) UseProviderModels(options);
    }

    /// <summary>One model per database provider (see <see cref="ProviderModelCacheKey"/>).</summary>
    public static void UseProviderModels(DbContextOptionsBuilder options) =>
        options.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ProviderModelCacheKey>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Article>(article =>
        {
            article.HasIndex(a => a.Slug).IsUnique();
            article.HasIndex(a => a.FileName).IsUnique();
            article.HasIndex(a => a.PublishedOn);
            article.HasIndex(a => a.ListOrder);
            // As text, so the writer's own zone is kept (PostgreSQL's timestamptz keeps only UTC).
            article.Property(a => a.PublishedAt).HasConversion<string>();
            article.HasMany(a => a.Paragraphs).WithOne().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<RetiredArticle>().HasIndex(r => r.Slug).IsUnique();
        model.Entity<ElectionEntry>(election =>
        {
            election.HasIndex(e => e.Slug).IsUnique();
            // An election page lists the contests that were part of it (a general election's seats).
            election.HasIndex(e => e.ParentSlug);
            election.Property(e => e.Kind).HasConversion<string>();
            election.HasMany(e => e.Coverage).WithOne().HasForeignKey(c => c.ElectionEntryId);
            election.HasMany(e => e.Candidacies).WithOne().HasForeignKey(c => c.ElectionEntryId);
            election.HasMany(e => e.Figures).WithOne().HasForeignKey(f => f.ElectionEntryId);
        });
        model.Entity<FigureEntry>(figure =>
        {
            figure.Property(f => f.Kind).HasConversion<string>();
            figure.Property(f => f.Bound).HasConversion<string>();
            figure.Property(f => f.Round).HasConversion<string>();
            figure.Property(f => f.Status).HasConversion<string>();
            // A person's elections are read from this index alone (PersonId, ElectionEntryId).
            figure.HasIndex(f => new { f.PersonId, f.ElectionEntryId });
            // A party page finds its articles by party: a covering index, not a scan of every figure.
            figure.HasIndex(f => new { f.Party, f.ArticleId });
            // A party page's figures in its newest elections: without it, every figure of the party was read.
            figure.HasIndex(f => new { f.Party, f.ElectionEntryId });
        });
        model.Entity<CandidacyEntry>(candidacy =>
        {
            candidacy.Property(c => c.Outcome).HasConversion<string>();
            // Covering: a person's standings (election, party, outcome) are read from the index alone.
            candidacy.HasIndex(c => new { c.PersonId, c.ElectionEntryId, c.Party, c.Outcome });
            candidacy.HasIndex(c => new { c.Party, c.ArticleId });
            // Covering: a party page's outcomes in its newest elections.
            candidacy.HasIndex(c => new { c.Party, c.ElectionEntryId, c.PersonId, c.Outcome });
        });
        model.Entity<ElectionPageRow>(row =>
        {
            row.Property(r => r.Outcome).HasConversion<string>();
            row.Property(r => r.Kind).HasConversion<string>();
            row.Property(r => r.Bound).HasConversion<string>();
            row.Property(r => r.Round).HasConversion<string>();
            row.Property(r => r.Status).HasConversion<string>();
            // An election page reads its rows as one range of this index, in the order the race is read in.
            row.HasIndex(r => new { r.ElectionEntryId, r.Position });
        });
        model.Entity<Affiliation>().HasIndex(a => new { a.Party, a.ArticleId });
        model.Entity<ElectionCoverage>().HasIndex(c => c.ArticleId);
        model.Entity<Paragraph>().HasIndex(p => new { p.ArticleId, p.Position }).IsUnique();
        model.Entity<ParagraphHtml>(html =>
        {
            html.HasKey(h => h.ParagraphId);
            html.Property(h => h.ParagraphId).ValueGeneratedNever();
        });
        model.Entity<Person>(person =>
        {
            person.HasIndex(p => p.Slug).IsUnique();
            person.HasIndex(p => p.Key).IsUnique();
            person.HasIndex(p => p.SortName);
            person.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId);
            person.HasMany(p => p.Mentions).WithOne().HasForeignKey(m => m.PersonId);
            person.HasMany(p => p.Appearances).WithOne().HasForeignKey(a => a.PersonId);
            person.HasMany(p => p.Affiliations).WithOne().HasForeignKey(a => a.PersonId);
            person.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.PersonId);
            person.HasMany(p => p.Quotes).WithOne().HasForeignKey(q => q.PersonId);
        });
        model.Entity<Mention>().HasIndex(m => new { m.ArticleId, m.PersonId });
        model.Entity<Appearance>().HasIndex(a => new { a.PersonId, a.ArticleId }).IsUnique();
        model.Entity<Appearance>().HasIndex(a => new { a.PersonId, a.ArticleOrder });
        model.Entity<Quote>().HasIndex(q => new { q.PersonId, q.ArticleOrder });
        model.Entity<Affiliation>().HasIndex(a => new { a.PersonId, a.Party, a.ArticleOrder });
        model.Entity<RoleHeld>().HasIndex(r => new { r.PersonId, r.Role, r.ArticleOrder });
        model.Entity<PersonCompanion>().HasIndex(c => new { c.PersonId, c.Rank });
        model.Entity<PersonMonth>().HasIndex(m => m.PersonId);
        model.Entity<PartyArticle>().HasIndex(a => new { a.Party, a.ArticleOrder });
        model.Entity<PartyPerson>().HasIndex(p => new { p.Party, p.ArticleCount });
        model.Entity<PartyStanding>().HasIndex(s => new { s.Party, s.ElectionEntryId });
        model.Entity<Appearance>().HasIndex(a => a.ArticleId);
        model.Entity<ElectionArticle>().HasIndex(a => new { a.ElectionEntryId, a.ArticleOrder });
        model.Entity<QuotedArticle>().HasIndex(q => new { q.PersonId, q.ArticleOrder });
        model.Entity<StoredSection>().HasIndex(s => s.Owner).IsUnique();
        model.Entity<ShownQuote>(shown =>
        {
            shown.HasKey(s => s.QuoteId);
            shown.Property(s => s.QuoteId).ValueGeneratedNever();
        });
    }
}
