using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;

namespace NewsArchive.Data;

public class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Article>(article =>
        {
            article.HasIndex(a => a.Slug).IsUnique();
            article.HasIndex(a => a.FileName).IsUnique();
            article.HasIndex(a => a.PublishedOn);
            article.HasMany(a => a.Paragraphs).WithOne().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Paragraph>().HasIndex(p => new { p.ArticleId, p.Position }).IsUnique();
    }
}
