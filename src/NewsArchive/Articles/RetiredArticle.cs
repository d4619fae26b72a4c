namespace NewsArchive.Articles;

/// <summary>An article that was in the archive and was removed from the seeds: its URL answers 410 Gone.</summary>
public class RetiredArticle
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Headline { get; set; }
    public DateTimeOffset RemovedAt { get; set; }
}
