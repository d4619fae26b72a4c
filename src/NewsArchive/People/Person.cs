using NewsArchive.Articles;

namespace NewsArchive.People;

/// <summary>A person named in one or more articles, merged across articles by <see cref="PersonName.Key"/>.</summary>
public class Person
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
    /// <summary>The surname, for A–Z ordering.</summary>
    public required string SortName { get; set; }
    /// <summary>A party set by the archive's editors in curation.yml, shown before what articles say.</summary>
    public string? EditorParty { get; set; }
    public List<PersonAlias> Aliases { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
    public List<Appearance> Appearances { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
    public List<RoleHeld> Roles { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
}

/// <summary>A form of the name as written in an article ("Mr Khan", "Sir Keir").</summary>
public class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Text { get; set; }
}

/// <summary>Where a person is named: the article, the paragraph position and the characters within it.</summary>
public class Mention
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Paragraph { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Surface { get; set; }
}

/// <summary>A party an article ties the person to, with the sentence that says so.</summary>
public class Affiliation
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Party { get; set; }
    public int Paragraph { get; set; }
    public required string Sentence { get; set; }
    /// <summary>The article's <see cref="Article.ListOrder"/>, copied here when the archive is built.</summary>
    public int ArticleOrder { get; set; }
}

/// <summary>An office or title an article gives the person, with the sentence it came from.</summary>
public class RoleHeld
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Role { get; set; }
    public int Paragraph { get; set; }
    public required string Sentence { get; set; }
    /// <summary>The article's <see cref="Article.ListOrder"/>, copied here when the archive is built.</summary>
    public int ArticleOrder { get; set; }
}

/// <summary>Words an article quotes the person as saying, with the sentence they stand in.</summary>
public class Quote
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Paragraph { get; set; }
    public required string Text { get; set; }
    public string Context { get; set; } = "";
    /// <summary>The article's <see cref="Article.ListOrder"/>, copied here when the archive is built.</summary>
    public int ArticleOrder { get; set; }
}

/// <summary>One person in one article: how often they are named and the sentence that first names them.</summary>
public class Appearance
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int MentionCount { get; set; }
    public int FirstParagraph { get; set; }
    public required string FirstSentence { get; set; }
    /// <summary>The article's <see cref="Article.ListOrder"/>, copied here when the archive is built, so a page of
    /// a person's coverage is read from this table's index alone.</summary>
    public int ArticleOrder { get; set; }
}
