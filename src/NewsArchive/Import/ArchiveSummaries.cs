using NewsArchive.Data;

namespace NewsArchive.Import;

/// <summary>
/// What the pages would otherwise count over the whole archive on every visit, counted once when the archive is
/// built: each article's place in newest-first order (copied onto the rows a person page lists), a person's most
/// frequent companions and articles per month, the front page's articles per month and per publisher, each
/// party's articles, people and result lines, and the articles of each election and each person's quoted articles,
/// each once. The archive is rebuilt whole on every import, so these are never stale. Plain SQL that SQLite and
/// PostgreSQL both run, run after the owned rows are in place.
/// </summary>
internal static class ArchiveSummaries
{
    /// <summary>One statement, with its parameters (named @p0, @p1 …) where it takes any.</summary>
    public sealed record Statement(string Sql, params object[] Parameters)
    {
        public static implicit operator Statement(string sql) => new(sql);
    }

    /// <summary>Companions kept per person, ranked by shared articles and then by name (the page shows 8, and puts
    /// them in C#'s ordinal order of names, which a database's collation may not follow).</summary>
    public const int CompanionsKept = 32;

    /// <param name="people">The archive's people, numbered: those the editors gave a party are that party's too.</param>
    public static IEnumerable<Statement> Sql(ArchiveBuild build, IReadOnlyList<People.Person> people)
    {
        // Newest first, undated last, then headline and id: the order every list of articles is shown in.
        yield return """
            UPDATE "Articles" SET "ListOrder" = o."Rank"
            FROM (SELECT "Id", ROW_NUMBER() OVER (ORDER BY CASE WHEN "PublishedOn" IS NULL THEN 1 ELSE 0 END, "PublishedOn" DESC, "Headline", "Id") AS "Rank"
                  FROM "Articles") AS o
            WHERE "Articles"."Id" = o."Id"
            """;
        foreach (var table in new[] { "Appearances", "Quotes", "Affiliations", "Roles" })
            yield return $"""
                UPDATE "{table}" SET "ArticleOrder" = r."ListOrder" FROM "Articles" AS r WHERE r."Id" = "{table}"."ArticleId"
                """;
        yield return $"""
            INSERT INTO "PersonCompanions" ("PersonId", "CompanionId", "SharedArticles", "Rank")
            SELECT "PersonId", "CompanionId", "SharedArticles", "Rank" FROM (
                SELECT a."PersonId", b."PersonId" AS "CompanionId", COUNT(*) AS "SharedArticles",
                       ROW_NUMBER() OVER (PARTITION BY a."PersonId" ORDER BY COUNT(*) DESC, {build.OrdinalText("p.\"Name\"")}, b."PersonId") AS "Rank"
                FROM "Appearances" AS a JOIN "Appearances" AS b ON b."ArticleId" = a."ArticleId" AND b."PersonId" <> a."PersonId"
                JOIN "People" AS p ON p."Id" = b."PersonId"
                GROUP BY a."PersonId", b."PersonId", p."Name") AS c
            WHERE "Rank" <= {CompanionsKept}
            """;
        var month = build.YearMonthSql("r.\"PublishedOn\"");
        yield return $"""
            INSERT INTO "PersonMonths" ("PersonId", "Month", "Articles")
            SELECT a."PersonId", {month}, COUNT(*)
            FROM "Appearances" AS a JOIN "Articles" AS r ON r."Id" = a."ArticleId"
            WHERE r."PublishedOn" IS NOT NULL
            GROUP BY a."PersonId", {month}
            """;
        yield return $"""
            INSERT INTO "MonthCounts" ("Month", "Articles")
            SELECT {month}, COUNT(*) FROM "Articles" AS r WHERE r."PublishedOn" IS NOT NULL GROUP BY {month}
            """;
        yield return """
            INSERT INTO "SourceCounts" ("Source", "Articles")
            SELECT "Source", COUNT(*) FROM "Articles" WHERE "Source" IS NOT NULL GROUP BY "Source"
            """;
        foreach (var sql in PartySql(people)) yield return sql;
        foreach (var sql in PageListSql()) yield return sql;
    }

    /// <summary>The articles an election's page and a person's quotes are paged over, each article once: counted and
    /// paged with a DISTINCT over every coverage row or quote, they were a third of those pages' time at 100,000 articles.</summary>
    private static IEnumerable<Statement> PageListSql()
    {
        yield return """
            INSERT INTO "ElectionArticles" ("ElectionEntryId", "ArticleId", "ArticleOrder")
            SELECT c."ElectionEntryId", c."ArticleId", r."ListOrder"
            FROM (SELECT DISTINCT "ElectionEntryId", "ArticleId" FROM "ElectionCoverage") AS c JOIN "Articles" AS r ON r."Id" = c."ArticleId"
            """;
        yield return """
            INSERT INTO "QuotedArticles" ("PersonId", "ArticleId", "ArticleOrder")
            SELECT q."PersonId", q."ArticleId", r."ListOrder"
            FROM (SELECT DISTINCT "PersonId", "ArticleId" FROM "Quotes") AS q JOIN "Articles" AS r ON r."Id" = q."ArticleId"
            """;
    }

    /// <summary>What a party's page lists: its articles, people and elections, each once.</summary>
    private static IEnumerable<Statement> PartySql(IReadOnlyList<People.Person> people)
    {
        yield return """
            INSERT INTO "PartyArticles" ("Party", "ArticleId", "ArticleOrder")
            SELECT u."Party", u."ArticleId", r."ListOrder" FROM (
                SELECT "Party", "ArticleId" FROM "Affiliations"
                UNION SELECT "Party", "ArticleId" FROM "Candidacies" WHERE "Party" IS NOT NULL
                UNION SELECT "Party", "ArticleId" FROM "Figures" WHERE "Party" IS NOT NULL) AS u
            JOIN "Articles" AS r ON r."Id" = u."ArticleId"
            """;
        // A person's count is of the articles that tie them to the party, some of the party's own articles: counted
        // over every article naming them, Sadiq Khan was "in 3 articles" on a Labour page whose articles were 2.
        yield return """
            INSERT INTO "PartyPeople" ("Party", "PersonId", "ArticleCount")
            SELECT u."Party", u."PersonId", COUNT(DISTINCT u."ArticleId") FROM (
                SELECT "Party", "PersonId", "ArticleId" FROM "Affiliations"
                UNION SELECT "Party", "PersonId", "ArticleId" FROM "Candidacies" WHERE "Party" IS NOT NULL AND "PersonId" IS NOT NULL) AS u
            GROUP BY u."Party", u."PersonId"
            """;
        // An editor's party (curation.yml) is written as the editor wrote it: a handful of people, each added
        // to their party's people unless an article already ties them to it, so with no article.
        foreach (var person in people.Where(p => p.EditorParty is not null))
            yield return new Statement("""
                INSERT INTO "PartyPeople" ("Party", "PersonId", "ArticleCount")
                SELECT u."Party", u."PersonId", 0 FROM (SELECT @p0 AS "Party", @p1 AS "PersonId") AS u
                WHERE NOT EXISTS (SELECT 1 FROM "PartyPeople" AS p WHERE p."Party" = u."Party" AND p."PersonId" = u."PersonId")
                """, Language.Parties.Canonical(person.EditorParty!), person.Id);
        // The lines of a party's results: stood in, or a declared result (a tally alone is not a result).
        yield return """
            INSERT INTO "PartyStandings" ("Party", "ElectionEntryId", "PersonId", "Elected")
            SELECT "Party", "ElectionEntryId", "PersonId", MAX("Elected") = 1 FROM (
                SELECT "Party", "ElectionEntryId", "PersonId", CASE WHEN "Outcome" = 'Elected' THEN 1 ELSE 0 END AS "Elected"
                FROM "Candidacies" WHERE "Party" IS NOT NULL
                UNION ALL SELECT "Party", "ElectionEntryId", "PersonId", 0 FROM "Figures" WHERE "Party" IS NOT NULL AND "Status" = 'Result') AS s
            GROUP BY "Party", "ElectionEntryId", "PersonId"
            """;
    }
}
